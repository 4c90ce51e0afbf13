package com.gmpgate.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Fuzzing the authorizer's parser: for any string, and for a genuine access token with a few characters changed,
 * {@link AccessTokenVerifier#verify} refuses with {@link InvalidAccessTokenException} (which the authorizer turns
 * into 401) and nothing else: no other exception, never claims. Bounded by tries: seconds, not minutes.
 */
class AccessTokenFuzzTest {

    private static final AuthTestKit KIT = new AuthTestKit();
    private static final User WORKER = KIT.user("fuzz-target", "Hands-washed-42", Role.WORKER, "demo-site", "김위생");
    private static final String TOKEN = new AccessTokenIssuer(KIT.keys).issue(WORKER, KIT.clock.instant()).token();
    private static final String MUTANTS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \n\0\"{}é가";

    private final AccessTokenVerifier verifier = new AccessTokenVerifier(KIT.keys, KIT.clock);

    @Example
    void theUnalteredToken_isAccepted() throws InvalidAccessTokenException {
        assertThat(verifier.verify(TOKEN).userId()).isEqualTo(WORKER.id());
    }

    @Property(tries = 1000)
    void verify_refusesCleanly_anyString(@ForAll @StringLength(max = 1000) String token) {
        assertThatThrownBy(() -> verifier.verify(token)).isExactlyInstanceOf(InvalidAccessTokenException.class);
    }

    @Property(tries = 1000)
    void verify_refusesCleanly_threeBase64UrlParts(@ForAll("threeParts") String token) {
        assertThatThrownBy(() -> verifier.verify(token)).isExactlyInstanceOf(InvalidAccessTokenException.class);
    }

    @Property(tries = 2000)
    void verify_refuses_aGenuineTokenWithCharactersChanged(@ForAll("mutatedTokens") String token) {
        assertThatThrownBy(() -> verifier.verify(token)).as("altered token %s", token)
                .isExactlyInstanceOf(InvalidAccessTokenException.class);
    }

    @Provide
    Arbitrary<String> threeParts() {
        // a JSON-looking header first, so the parser gets past the first segment more often
        Arbitrary<String> part = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").ofMaxLength(200);
        return Combinators.combine(Arbitraries.of(TOKEN.substring(0, TOKEN.indexOf('.')), "eyJ"), part, part)
                .as((a, b, c) -> a + "." + b + "." + c);
    }

    /** One to three characters replaced, inserted or deleted, or the token cut short. */
    @Provide
    Arbitrary<String> mutatedTokens() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, TOKEN.length() - 1);
        Arbitrary<Character> c = Arbitraries.of(MUTANTS.chars().mapToObj(i -> (char) i).toList());
        Arbitrary<String> once = Arbitraries.oneOf(
                Combinators.combine(at, c).as((i, x) -> TOKEN.substring(0, i) + x + TOKEN.substring(i + 1)),
                Combinators.combine(at, c).as((i, x) -> TOKEN.substring(0, i) + x + TOKEN.substring(i)),
                at.map(i -> TOKEN.substring(0, i) + TOKEN.substring(i + 1)),
                at.map(i -> TOKEN.substring(0, i)));
        Arbitrary<String> twice = Combinators.combine(once, at, c).as((t, i, x) -> t.isEmpty() ? t
                : t.substring(0, i % t.length()) + x + t.substring(i % t.length() + 1));
        return Arbitraries.oneOf(once, twice).filter(mutated -> !mutated.equals(TOKEN));
    }
}
