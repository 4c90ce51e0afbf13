package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.port.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fuzz of cursor decoding: {@code ?cursor=} is whatever a client sends, and the only answer to anything but a
 * cursor issued for the same listing is {@link InvalidCursorException} (400 INVALID_CURSOR), never another
 * exception (a 500) and never a key for another listing.
 */
class CursorCodecProperties {

    private static final String SECRET = "cursor-properties-secret-0123456789abcdef";
    private static final CursorCodec CODEC = CursorCodec.ofSecret(SECRET);
    private static final String LISTING = "AccessLogTable|bySiteDate|site-a|2026-03-02";
    private static final Map<String, AttributeValue> KEY = key();

    private static Map<String, AttributeValue> key() {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("siteId", AttributeValue.fromS("site-a"));
        key.put("at", AttributeValue.fromS("2026-03-02T00:30:00.000000000Z#log-1"));
        key.put("n", AttributeValue.fromN("42"));
        return key;
    }

    @Test
    void aCursorItIssued_decodesToTheSameKey_forItsListingOnly() {
        String cursor = CODEC.encode(LISTING, KEY);

        assertThat(CODEC.decode(LISTING, cursor)).isEqualTo(KEY);
        assertThatThrownBy(() -> CODEC.decode(LISTING + "x", cursor)).isInstanceOf(InvalidCursorException.class);
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> cursorish = Arbitraries.strings().withChars("AZaz09-_.~=+/%").ofMaxLength(200);
        return Arbitraries.oneOf(cursorish, Arbitraries.strings().all().ofMaxLength(300));
    }

    @Property(tries = 2000)
    void anyText_isRefusedAsAnInvalidCursor_andNothingElse(@ForAll("junk") String text) {
        assertOnlyTheDocumentedRefusal(text);
    }

    @Property(tries = 1000)
    void anIssuedCursor_altered_isRefused(@ForAll @IntRange(min = 0, max = 400) int at,
            @ForAll("junk") String insert, @ForAll @IntRange(min = 0, max = 5) int cut) {
        String cursor = CODEC.encode(LISTING, KEY);
        int from = Math.min(at, cursor.length());
        int to = Math.min(cursor.length(), from + cut);
        String altered = cursor.substring(0, from) + insert + cursor.substring(to);
        if (altered.equals(cursor)) {
            return;
        }
        assertOnlyTheDocumentedRefusal(altered);
    }

    /**
     * Bodies that pass the signature check (as if the secret had leaked, or encode() had a bug): still only the
     * documented refusal, or a key of S and N values that DynamoDB accepts as an ExclusiveStartKey.
     */
    @Property(tries = 2000)
    void aSignedBody_ofAnyShape_isRefusedOrAWellFormedKey(@ForAll("bodies") String body) {
        String cursor = body + "~" + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(body));
        try {
            Map<String, AttributeValue> key = CODEC.decode(LISTING, cursor);
            assertThat(key).isNotEmpty();
            key.forEach((name, value) -> {
                assertThat(name).isNotEmpty();
                if (value.n() != null) {
                    assertThat(new java.math.BigDecimal(value.n())).isNotNull();
                } else {
                    assertThat(value.s()).isNotNull();
                }
            });
        } catch (InvalidCursorException expected) {
            // the documented refusal
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.strings().withChars("AZaz09-_=+/").ofMaxLength(12),
                Arbitraries.of("S", "N", "X", ""),
                Arbitraries.strings().all().ofMaxLength(8).map(CursorCodecProperties::text),
                Arbitraries.of("1", "-2.5", "1e3", "x1").map(CursorCodecProperties::text));
        Arbitrary<String> listing = Arbitraries.of(text(LISTING), text(LISTING), text("other"), "!!");
        return Combinators.combine(listing, part.list().ofMaxSize(7))
                .as((first, rest) -> rest.isEmpty() ? first : first + "." + String.join(".", rest));
    }

    private static void assertOnlyTheDocumentedRefusal(String text) {
        assertThatThrownBy(() -> CODEC.decode(LISTING, text)).isInstanceOf(InvalidCursorException.class);
    }

    private static String text(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
