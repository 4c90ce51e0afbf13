package com.gmpgate.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle's lightweight API, stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} so the settings travel with each hash and can be raised
 * later without breaking old ones.
 *
 * <p>Default settings are OWASP's first Argon2id line (19 MiB, 2 passes, 1 lane): sized for a Lambda of
 * 256-1024 MB, where one hash takes tens of milliseconds. Passwords are NFKC-normalized first (NIST SP 800-63B),
 * so the same password typed on two keyboards, composed or decomposed Hangul, hashes the same.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    public record Settings(int memoryKiB, int iterations, int parallelism) {
        public static final Settings OWASP = new Settings(19_456, 2, 1);

        public Settings {
            if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB || iterations < 1
                    || iterations > MAX_ITERATIONS || parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException("unusable Argon2 settings " + memoryKiB + "/" + iterations
                        + "/" + parallelism);
            }
        }
    }

    // bounds on what a stored hash may demand: a tampered hash must not make one login cost a gigabyte
    static final int MAX_MEMORY_KIB = 262_144;
    static final int MAX_ITERATIONS = 10;
    static final int MAX_PARALLELISM = 4;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final Settings settings;
    private final SecureRandom random;
    private final String dummyHash;

    public Argon2idPasswordHasher(Settings settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
        // random salt and hash under today's settings: verifying against it costs exactly one real verify, and
        // building it costs nothing at cold start
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(hash);
        this.dummyHash = encode(settings, salt, hash);
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return encode(settings, salt, derive(password, salt, settings, HASH_BYTES));
    }

    private static String encode(Settings settings, byte[] salt, byte[] hash) {
        return "$argon2id$v=19$m=" + settings.memoryKiB() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encodedHash) {
        Matcher phc = encodedHash == null ? null : PHC.matcher(encodedHash);
        if (phc == null || !phc.matches()) {
            verifyNothing(password);
            return false;
        }
        Settings stored;
        byte[] salt;
        byte[] expected;
        try {
            stored = new Settings(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3)));
            salt = B64_DECODER.decode(phc.group(4));
            expected = B64_DECODER.decode(phc.group(5));
        } catch (IllegalArgumentException e) {
            verifyNothing(password);
            return false;
        }
        byte[] actual = derive(password, salt, stored, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    @Override
    public void verifyNothing(String password) {
        verify(password, dummyHash);
    }

    @Override
    public boolean needsRehash(String encodedHash) {
        Matcher phc = PHC.matcher(encodedHash);
        return !phc.matches()
                || Integer.parseInt(phc.group(1)) < settings.memoryKiB()
                || Integer.parseInt(phc.group(2)) < settings.iterations()
                || Integer.parseInt(phc.group(3)) != settings.parallelism();
    }

    private static byte[] derive(String password, byte[] salt, Settings settings, int length) {
        byte[] secret = Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(settings.memoryKiB())
                    .withIterations(settings.iterations())
                    .withParallelism(settings.parallelism())
                    .withSalt(salt)
                    .build());
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
