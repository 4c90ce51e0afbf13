package com.gmpgate.crypto;

import static com.gmpgate.crypto.TestKeys.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.Jwks;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import com.gmpgate.crypto.VerificationKey;
import com.gmpgate.pass.PassTokenIssuer;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final SigningKey OLD = key("pass-2025-05");
    private static final SigningKey NEW = key("pass-2025-06");

    @Test
    void rotateTo_signsWithNewKey_andKeepsOldPublicKey() {
        KeyRing ring = KeyRing.of(OLD).rotateTo(NEW);

        assertThat(ring.signingKey()).contains(NEW);
        assertThat(ring.verificationKeys()).containsExactly(NEW.verificationKey(), OLD.verificationKey());
    }

    @Test
    void withoutKey_dropsRetiredKey() {
        KeyRing ring = KeyRing.of(OLD).rotateTo(NEW).withoutKey(OLD.kid());

        assertThat(ring.verificationKey(OLD.kid())).isEmpty();
        assertThat(ring.verificationKeys()).containsExactly(NEW.verificationKey());
    }

    @Test
    void withoutKey_refusesToDropActiveSigningKey() {
        KeyRing ring = KeyRing.of(NEW, List.of(OLD.verificationKey()));

        assertThatThrownBy(() -> ring.withoutKey(NEW.kid())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ring_refusesTwoKeysUnderOneKid() {
        VerificationKey impostor = OLD.verificationKey().withKid(NEW.kid());

        assertThatThrownBy(() -> KeyRing.of(NEW, List.of(impostor))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyRing.of(NEW).rotateTo(OLD.withKid(NEW.kid())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ring_acceptsTheSameKeyTwice() {
        KeyRing ring = KeyRing.of(NEW, List.of(NEW.verificationKey(), OLD.verificationKey()));

        assertThat(ring.verificationKeys()).hasSize(2);
    }

    @Test
    void verifyOnly_hasNoSigningKey_andCannotIssue() {
        KeyRing ring = KeyRing.verifyOnly(List.of(OLD.verificationKey()));

        assertThat(ring.signingKey()).isEmpty();
        assertThatThrownBy(() -> new PassTokenIssuer(ring)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyRing.verifyOnly(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toJwks_publishesEveryPublicKey_andNoPrivateScalar() {
        KeyRing ring = KeyRing.of(OLD).rotateTo(NEW);

        String jwks = ring.toJwks();

        assertThat(jwks).doesNotContain("\"d\"");
        assertThat(Jwks.parse(jwks)).containsExactly(NEW.verificationKey(), OLD.verificationKey());
    }

    @Test
    void storedKeys_giveTheRingBack() {
        KeyRing ring = KeyRing.of(OLD).rotateTo(NEW);

        KeyRing back = KeyRing.of(StoredKeys.parse(ring.toStoredKeys().toJson()));

        assertThat(back.signingKey().map(SigningKey::kid)).contains(NEW.kid());
        assertThat(back.verificationKeys()).containsExactlyElementsOf(ring.verificationKeys());
    }

    @Test
    void toStoredKeys_refusesVerifyOnlyRing() {
        KeyRing ring = KeyRing.verifyOnly(List.of(OLD.verificationKey()));

        assertThatThrownBy(ring::toStoredKeys).isInstanceOf(IllegalStateException.class);
    }
}
