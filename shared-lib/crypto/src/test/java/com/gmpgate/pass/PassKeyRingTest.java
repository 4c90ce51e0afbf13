package com.gmpgate.pass;

import static com.gmpgate.pass.PassFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.Jwks;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import com.gmpgate.crypto.VerificationKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassKeyRingTest {

    private static final SigningKey OLD = key("pass-2025-05");
    private static final SigningKey NEW = key("pass-2025-06");

    @Test
    void rotateTo_signsWithNewKey_andKeepsOldPublicKey() {
        PassKeyRing ring = PassKeyRing.of(OLD).rotateTo(NEW);

        assertThat(ring.signingKey()).contains(NEW);
        assertThat(ring.verificationKeys()).containsExactly(NEW.verificationKey(), OLD.verificationKey());
    }

    @Test
    void withoutKey_dropsRetiredKey() {
        PassKeyRing ring = PassKeyRing.of(OLD).rotateTo(NEW).withoutKey(OLD.kid());

        assertThat(ring.verificationKey(OLD.kid())).isEmpty();
        assertThat(ring.verificationKeys()).containsExactly(NEW.verificationKey());
    }

    @Test
    void withoutKey_refusesToDropActiveSigningKey() {
        PassKeyRing ring = PassKeyRing.of(NEW, List.of(OLD.verificationKey()));

        assertThatThrownBy(() -> ring.withoutKey(NEW.kid())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ring_refusesTwoKeysUnderOneKid() {
        VerificationKey impostor = OLD.verificationKey().withKid(NEW.kid());

        assertThatThrownBy(() -> PassKeyRing.of(NEW, List.of(impostor))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassKeyRing.of(NEW).rotateTo(OLD.withKid(NEW.kid())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ring_acceptsTheSameKeyTwice() {
        PassKeyRing ring = PassKeyRing.of(NEW, List.of(NEW.verificationKey(), OLD.verificationKey()));

        assertThat(ring.verificationKeys()).hasSize(2);
    }

    @Test
    void verifyOnly_hasNoSigningKey_andCannotIssue() {
        PassKeyRing ring = PassKeyRing.verifyOnly(List.of(OLD.verificationKey()));

        assertThat(ring.signingKey()).isEmpty();
        assertThatThrownBy(() -> new PassTokenIssuer(ring)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassKeyRing.verifyOnly(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toJwks_publishesEveryPublicKey_andNoPrivateScalar() {
        PassKeyRing ring = PassKeyRing.of(OLD).rotateTo(NEW);

        String jwks = ring.toJwks();

        assertThat(jwks).doesNotContain("\"d\"");
        assertThat(Jwks.parse(jwks)).containsExactly(NEW.verificationKey(), OLD.verificationKey());
    }

    @Test
    void storedKeys_giveTheRingBack() {
        PassKeyRing ring = PassKeyRing.of(OLD).rotateTo(NEW);

        PassKeyRing back = PassKeyRing.of(StoredKeys.parse(ring.toStoredKeys().toJson()));

        assertThat(back.signingKey().map(SigningKey::kid)).contains(NEW.kid());
        assertThat(back.verificationKeys()).containsExactlyElementsOf(ring.verificationKeys());
    }

    @Test
    void toStoredKeys_refusesVerifyOnlyRing() {
        PassKeyRing ring = PassKeyRing.verifyOnly(List.of(OLD.verificationKey()));

        assertThatThrownBy(ring::toStoredKeys).isInstanceOf(IllegalStateException.class);
    }
}
