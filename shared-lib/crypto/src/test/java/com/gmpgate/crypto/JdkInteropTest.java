package com.gmpgate.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * Bouncy Castle's ES256 against the JDK's own SunEC: if both agree, WebCrypto and any other standard verifier
 * agree with us too.
 */
class JdkInteropTest {

    private static final byte[] MESSAGE = "header.payload".getBytes(StandardCharsets.US_ASCII);

    @Test
    void bouncyCastleSignature_verifiesWithJdkSha256WithEcdsa() throws GeneralSecurityException {
        SigningKey key = TestKeys.key("bc");
        byte[] raw = key.sign(MESSAGE);

        assertThat(jdkVerify("SHA256withECDSA", key.verificationKey().toJdk(), EcdsaDer.fromRaw(raw))).isTrue();
        assertThat(jdkVerify("SHA256withECDSAinP1363Format", key.verificationKey().toJdk(), raw)).isTrue();
    }

    @Test
    void jdkSignature_verifiesWithBouncyCastle() throws GeneralSecurityException {
        KeyPair pair = jdkKeyPair("secp256r1");
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(MESSAGE);
        byte[] der = signer.sign();

        VerificationKey key = VerificationKey.fromJdk("jdk", (ECPublicKey) pair.getPublic());

        assertThat(key.verify(MESSAGE, EcdsaDer.toRaw(der))).isTrue();
        assertThat(key.verify(MESSAGE, der)).isFalse();
    }

    @Test
    void jdkPrivateKey_signsWithBouncyCastle_andJdkVerifies() throws GeneralSecurityException {
        KeyPair pair = jdkKeyPair("secp256r1");
        SigningKey key = SigningKey.fromJdk("jdk", (ECPrivateKey) pair.getPrivate());

        byte[] raw = key.sign(MESSAGE);

        assertThat(key.verificationKey()).isEqualTo(VerificationKey.fromJdk("jdk", (ECPublicKey) pair.getPublic()));
        assertThat(jdkVerify("SHA256withECDSAinP1363Format", pair.getPublic(), raw)).isTrue();
    }

    @Test
    void toJdk_andBack_keepsTheKey() {
        SigningKey key = TestKeys.key("round");

        assertThat(SigningKey.fromJdk("round", key.toJdk()).privateScalar()).isEqualTo(key.privateScalar());
        assertThat(VerificationKey.fromJdk("round", key.verificationKey().toJdk())).isEqualTo(key.verificationKey());
    }

    @Test
    void fromJdk_rejectsKey_whenCurveIsNotP256() throws GeneralSecurityException {
        KeyPair p384 = jdkKeyPair("secp384r1");

        assertThatThrownBy(() -> VerificationKey.fromJdk("k", (ECPublicKey) p384.getPublic()))
                .isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> SigningKey.fromJdk("k", (ECPrivateKey) p384.getPrivate()))
                .isInstanceOf(KeyFormatException.class);
    }

    private static KeyPair jdkKeyPair(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static boolean jdkVerify(String algorithm, java.security.PublicKey key, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(MESSAGE);
        return verifier.verify(signature);
    }
}
