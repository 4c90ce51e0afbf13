package com.gmpgate.messaging.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.Base64Url;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** RFC 8291 Appendix A, byte for byte, and the browser's half of the round trip. */
class PushEncryptionTest {

    // RFC 8291 Appendix A (base64url, as the RFC prints them)
    static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    static final String MESSAGE = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    @Test
    void encrypt_givesRfc8291sExampleMessage_exactly() throws Exception {
        KeyPair sender = new KeyPair(PushEncryption.publicKey(Base64Url.decode(AS_PUBLIC)), privateKey(AS_PRIVATE));

        byte[] message = PushEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8),
                Base64Url.decode(UA_PUBLIC), Base64Url.decode(AUTH), sender, Base64Url.decode(SALT));

        assertThat(Base64Url.encode(message)).isEqualTo(MESSAGE);
    }

    @Test
    void aFreshKeyAndSalt_eachTime_andTheBrowserDecryptsIt() throws Exception {
        PushEncryption encryption = new PushEncryption(new SecureRandom());
        byte[] text = "{\"type\":\"review.decided\"}".getBytes(StandardCharsets.UTF_8);

        byte[] one = encryption.encrypt(text, Base64Url.decode(UA_PUBLIC), Base64Url.decode(AUTH));
        byte[] two = encryption.encrypt(text, Base64Url.decode(UA_PUBLIC), Base64Url.decode(AUTH));

        assertThat(Arrays.copyOf(one, 16)).isNotEqualTo(Arrays.copyOf(two, 16));
        assertThat(decrypt(one)).isEqualTo(text);
        assertThat(decrypt(two)).isEqualTo(text);
    }

    @Test
    void keysNoBrowserWouldMake_orTooLongAText_areRefused() {
        PushEncryption encryption = new PushEncryption(new SecureRandom());
        byte[] ua = Base64Url.decode(UA_PUBLIC);
        byte[] offCurve = ua.clone();
        offCurve[64] ^= 1;

        assertThatThrownBy(() -> encryption.encrypt(new byte[1], offCurve, Base64Url.decode(AUTH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encryption.encrypt(new byte[1], ua, new byte[15]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encryption.encrypt(new byte[PushEncryption.MAX_PLAINTEXT + 1], ua,
                Base64Url.decode(AUTH))).isInstanceOf(IllegalArgumentException.class);
    }

    /** What the browser does with its private key (RFC 8291 §3.4, RFC 8188 §2), written out independently. */
    static byte[] decrypt(byte[] message) throws Exception {
        byte[] salt = Arrays.copyOfRange(message, 0, 16);
        int idLength = message[20];
        byte[] asPublic = Arrays.copyOfRange(message, 21, 21 + idLength);
        byte[] ciphertext = Arrays.copyOfRange(message, 21 + idLength, message.length);
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(privateKey(UA_PRIVATE));
        ecdh.doPhase(PushEncryption.publicKey(asPublic), true);
        byte[] secret = ecdh.generateSecret();
        byte[] ikm = hmac(hmac(Base64Url.decode(AUTH), secret), cat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                Base64Url.decode(UA_PUBLIC), asPublic, new byte[] {1}));
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, cat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, cat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {1})), 12);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = gcm.doFinal(ciphertext);
        assertThat(padded[padded.length - 1]).as("the last record's delimiter").isEqualTo((byte) 2);
        return Arrays.copyOf(padded, padded.length - 1);
    }

    static PrivateKey privateKey(String d) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(
                new BigInteger(1, Base64Url.decode(d)), parameters.getParameterSpec(ECParameterSpec.class)));
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] cat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
