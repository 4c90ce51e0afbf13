package com.gmpgate.pass;

import static com.gmpgate.pass.PassClaimsBuilder.aPass;
import static com.gmpgate.pass.PassFixtures.CLOCK;
import static com.gmpgate.pass.PassFixtures.ISSUER;
import static com.gmpgate.pass.PassFixtures.SITE;
import static com.gmpgate.pass.PassFixtures.decodedPart;
import static com.gmpgate.pass.PassFixtures.key;
import static com.gmpgate.pass.PassFixtures.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.Jwks;
import com.gmpgate.crypto.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassTokenRoundTripTest {

    private static final SigningKey KEY = key("pass-2025-06");
    private static final KeyRing RING = KeyRing.of(KEY);
    private final PassTokenIssuer issuer = new PassTokenIssuer(RING);
    private final PassTokenVerifier verifier = new PassTokenVerifier(RING, ISSUER, CLOCK);

    @Test
    void verify_returnsIssuedClaims() {
        PassClaims claims = aPass().build();

        assertThat(verifier.verify(issuer.issue(claims), SITE)).isEqualTo(new PassVerificationResult.Valid(claims));
    }

    @Test
    void verify_returnsConditionsAndZones_ofConditionalPass() {
        PassClaims claims = aPass().conditionalPass("WATERPROOF_COVER", "SINGLE_USE_GLOVE")
                .zones(List.of("포장실", "raw-materials")).build();

        PassVerificationResult result = verifier.verify(issuer.issue(claims), SITE);

        assertThat(result).isEqualTo(new PassVerificationResult.Valid(claims));
    }

    @Test
    void issue_writesPinnedHeader() {
        String token = issuer.issue(aPass().build());

        assertThat(decodedPart(token, 0)).isEqualTo("{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}");
    }

    @Test
    void issue_writesOnlyTheAgreedClaims() {
        String token = issuer.issue(aPass().conditionalPass("WATERPROOF_COVER").build());

        assertThat(decodedPart(token, 1)).isEqualTo("{\"iss\":\"https://gate.example.com/qr\",\"sub\":\"w-1001\","
                + "\"jti\":\"p-7f3a\",\"sid\":\"s-42\",\"site\":\"demo-site\",\"iat\":1748842200,\"nbf\":1748842200,"
                + "\"exp\":1748885400,\"v\":\"CONDITIONAL_PASS\",\"cnd\":[\"WATERPROOF_COVER\"],"
                + "\"zones\":[\"production-a\",\"packing\"]}");
    }

    @Test
    void issue_isDeterministic() {
        assertThat(issuer.issue(aPass().build())).isEqualTo(issuer.issue(aPass().build()));
    }

    /** What WebCrypto does in the admin app: verify R||S over the signing input with the JWKS key. */
    @Test
    void issuedToken_verifiesWithJdkAndPublishedJwks() throws GeneralSecurityException {
        String token = issuer.issue(aPass().build());
        var published = Jwks.parse(RING.toJwks()).get(0);

        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(published.toJdk());
        jdk.update((part(token, 0) + "." + part(token, 1)).getBytes(StandardCharsets.US_ASCII));

        assertThat(jdk.verify(Base64Url.decode(part(token, 2)))).isTrue();
    }

    @Test
    void verifyOnlyRing_fromPublishedJwks_acceptsIssuedToken() {
        KeyRing gateRing = KeyRing.verifyOnly(Jwks.parse(RING.toJwks()));
        PassClaims claims = aPass().build();

        PassVerificationResult result = new PassTokenVerifier(gateRing, ISSUER, CLOCK).verify(issuer.issue(claims), SITE);

        assertThat(result).isEqualTo(new PassVerificationResult.Valid(claims));
    }

    @Test
    void issue_refusesClaims_whenTokenWouldBeTooLargeToVerify() {
        PassClaims claims = aPass().zones(Collections.nCopies(400, "production-zone")).build();

        assertThatThrownBy(() -> issuer.issue(claims)).isInstanceOf(IllegalArgumentException.class);
    }
}
