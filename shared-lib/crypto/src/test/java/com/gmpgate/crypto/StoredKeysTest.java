package com.gmpgate.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredKeysTest {

    private static final SigningKey ACTIVE = TestKeys.key("2025-06");
    private static final VerificationKey PREVIOUS = TestKeys.key("2025-05").verificationKey();

    @Test
    void parse_undoesToJson() {
        StoredKeys stored = new StoredKeys(ACTIVE, List.of(PREVIOUS));

        StoredKeys back = StoredKeys.parse(stored.toJson());

        assertThat(back.signingKey().privateScalar()).isEqualTo(ACTIVE.privateScalar());
        assertThat(back.signingKey().verificationKey()).isEqualTo(ACTIVE.verificationKey());
        assertThat(back.verificationKeys()).containsExactly(PREVIOUS);
    }

    @Test
    void toJson_holdsPrivateScalarOfSigningKeyOnly() {
        String json = new StoredKeys(ACTIVE, List.of(PREVIOUS)).toJson();

        assertThat(json).containsOnlyOnce("\"d\"");
        assertThat(new StoredKeys(ACTIVE, List.of(PREVIOUS)).toString()).doesNotContain("\"d\"").contains("2025-06");
    }

    @Test
    void parse_rejectsSet_whenNoOrSeveralPrivateKeys() {
        String none = Jwks.toJson(List.of(PREVIOUS));
        String two = "{\"keys\":[" + Jwk.toPrivateJson(ACTIVE) + "," + Jwk.toPrivateJson(TestKeys.key("x")) + "]}";

        assertThatThrownBy(() -> StoredKeys.parse(none)).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> StoredKeys.parse(two)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void parse_rejectsSet_whenKidRepeats() {
        String json = "{\"keys\":[" + Jwk.toPrivateJson(ACTIVE) + "," + Jwk.toJson(PREVIOUS.withKid(ACTIVE.kid())) + "]}";

        assertThatThrownBy(() -> StoredKeys.parse(json)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void parse_rejectsSet_whenPrivateKeyDoesNotMatchItsPoint() {
        String json = new StoredKeys(ACTIVE, List.of()).toJson()
                .replace(Base64Url.encode(ACTIVE.verificationKey().x()), Base64Url.encode(PREVIOUS.x()));

        assertThatThrownBy(() -> StoredKeys.parse(json)).isInstanceOf(KeyFormatException.class);
    }
}
