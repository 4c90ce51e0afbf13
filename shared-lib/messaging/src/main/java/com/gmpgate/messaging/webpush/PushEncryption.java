package com.gmpgate.messaging.webpush;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188), one record: an
 * ephemeral P-256 key agreed with the browser's subscription key ({@code p256dh}), mixed with its {@code auth}
 * secret through HKDF-SHA-256, then AES-128-GCM. Everything here is the JDK's: one ECDH and one GCM per push is
 * nothing next to the HTTP call, so the Bouncy Castle speed-up that matters for token checks does not matter here.
 * RFC 8291 Appendix A is its test.
 */
public final class PushEncryption {

    /** One record holds the whole message: a push service accepts at least 4096 bytes of payload. */
    static final int RECORD_SIZE = 4096;
    /** Header (86) + GCM tag (16) + padding delimiter (1) fit in one 4096-byte record with this much text. */
    public static final int MAX_PLAINTEXT = RECORD_SIZE - 86 - 16 - 1;

    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);
    private static final ECParameterSpec P256 = p256();

    private final SecureRandom random;

    public PushEncryption(SecureRandom random) {
        this.random = random;
    }

    /**
     * @param uaPublic the subscription's {@code p256dh}: an uncompressed P-256 point, 65 bytes
     * @param authSecret the subscription's {@code auth}: 16 bytes
     * @throws IllegalArgumentException when the subscription's keys are not such, or the text is too long
     */
    public byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            return encrypt(plaintext, uaPublic, authSecret, generator.generateKeyPair(), salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a P-256 key", e);
        }
    }

    /** With the sender's key pair and salt given: RFC 8291 Appendix A fixes both. */
    static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair sender, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        if (authSecret.length != 16) {
            throw new IllegalArgumentException("the subscription's auth secret must be 16 bytes");
        }
        try {
            KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
            ecdh.init(sender.getPrivate());
            ecdh.doPhase(publicKey(uaPublic), true);
            byte[] ecdhSecret = ecdh.generateSecret();
            byte[] asPublic = uncompressed((ECPublicKey) sender.getPublic());

            byte[] prkKey = hmac(authSecret, ecdhSecret);
            byte[] ikm = hmac(prkKey, concat(KEY_INFO, uaPublic, asPublic, new byte[] {1}));
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(hmac(prk, concat(CEK_INFO, new byte[] {1})), 16);
            byte[] nonce = Arrays.copyOf(hmac(prk, concat(NONCE_INFO, new byte[] {1})), 12);

            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            // 0x02: the last (and only) record's padding delimiter, no padding after it
            byte[] ciphertext = gcm.doFinal(concat(plaintext, new byte[] {2}));

            return ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + ciphertext.length)
                    .put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic).put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the subscription's p256dh key is not a P-256 point", e);
        }
    }

    /** The uncompressed point (0x04 || x || y) of a P-256 public key: what browsers and VAPID's {@code k} use. */
    public static byte[] uncompressed(ECPublicKey key) {
        return concat(new byte[] {4}, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
    }

    static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        // the JDK's KeyAgreement checks that the point lies on the curve
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256));
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] fixed(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    private static ECParameterSpec p256() {
        try {
            var parameters = java.security.AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256", e);
        }
    }
}
