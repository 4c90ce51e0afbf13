package com.gmpgate.pass;

import static com.gmpgate.pass.PassClaimsBuilder.aPass;
import static com.gmpgate.pass.PassFixtures.CLOCK;
import static com.gmpgate.pass.PassFixtures.ISSUER;
import static com.gmpgate.pass.PassFixtures.SITE;
import static com.gmpgate.pass.PassFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Fuzzing the gate's pass parser: whatever a scanner reads (any string, or a genuine pass with a few characters
 * changed), {@link PassTokenVerifier#verify} answers with a result, never an exception, and a token that differs
 * from the issued one in any character is never valid. Bounded by tries: seconds, not minutes.
 */
class PassTokenFuzzTest {

    private static final SigningKey KEY = key("pass-2025-06");
    private static final KeyRing RING = KeyRing.of(KEY);
    private static final String TOKEN = new PassTokenIssuer(RING).issue(aPass().build());
    /** What a mutation writes: the token alphabet, the separator, padding and a few characters parsers trip on. */
    private static final char[] MUTANTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \n\0\"{}é가"
            .toCharArray();

    private final PassTokenVerifier verifier = new PassTokenVerifier(RING, ISSUER, CLOCK);

    @Example
    void theUnalteredToken_isValid() {
        assertThat(verifier.verify(TOKEN, SITE).isValid()).isTrue();
    }

    @Property(tries = 2000)
    void verify_neverThrowsAndNeverAccepts_anyString(@ForAll @StringLength(max = 3000) String token) {
        assertThat(verifier.verify(token, SITE).isValid()).isFalse();
    }

    @Property(tries = 1000)
    void verify_neverAccepts_aStringOfThreeBase64UrlParts(@ForAll("threeParts") String token) {
        assertThat(verifier.verify(token, SITE).isValid()).isFalse();
    }

    @Property(tries = 2000)
    void verify_neverAccepts_aGenuineTokenWithCharactersChanged(@ForAll("mutatedTokens") String token) {
        assertThat(token).isNotEqualTo(TOKEN);
        PassVerificationResult result = verifier.verify(token, SITE);
        assertThat(result.isValid()).as("altered token %s", token).isFalse();
        if (result instanceof PassVerificationResult.Rejected rejected && rejected.signedClaims().isPresent()) {
            // only a signature that verified hands out claims; a mutated token can have none
            throw new AssertionError("claims handed out for an altered token: " + token);
        }
    }

    @Provide
    Arbitrary<String> threeParts() {
        Arbitrary<String> part = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMaxLength(200);
        return Combinators.combine(part, part, part).as((a, b, c) -> a + "." + b + "." + c);
    }

    @Provide
    Arbitrary<String> mutatedTokens() {
        return TokenMutations.of(TOKEN, MUTANTS);
    }
}
