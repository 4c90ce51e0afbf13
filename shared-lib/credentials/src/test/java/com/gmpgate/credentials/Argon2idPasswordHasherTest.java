package com.gmpgate.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    final Argon2idPasswordHasher hasher =
            new Argon2idPasswordHasher(new Argon2idPasswordHasher.Settings(256, 1, 1), new SecureRandom());

    @Test
    void verify_acceptsAHashOfTheReferenceImplementation() {
        // echo -n "correct horse battery" | argon2 somesaltsomesalt -id -t 2 -m 10 -p 1 -l 32 -e  (Debian argon2)
        String reference = "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$avUvXNtnn/GNZVscoS8F6XVDSn5QnlrimsKMNNw4iI8";

        assertThat(hasher.verify("correct horse battery", reference)).isTrue();
        assertThat(hasher.verify("correct horse batterY", reference)).isFalse();
    }

    @Test
    void hash_isAPhcStringWithTheSettings_andASaltOfItsOwn() {
        String first = hasher.hash("Blue-gloves-77");
        String second = hasher.hash("Blue-gloves-77");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=256,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("Blue-gloves-77", first)).isTrue();
        assertThat(hasher.verify("Blue-gloves-78", first)).isFalse();
    }

    @Test
    void composedAndDecomposedHangul_areTheSamePassword() {
        String hash = hasher.hash(Normalizer.normalize("위생점검표비밀번호", Normalizer.Form.NFC));

        assertThat(hasher.verify(Normalizer.normalize("위생점검표비밀번호", Normalizer.Form.NFD), hash)).isTrue();
    }

    @Test
    void unreadableOrOutrageousHashes_areFalse_neverAnException() {
        assertThat(hasher.verify("x", null)).isFalse();
        assertThat(hasher.verify("x", "")).isFalse();
        assertThat(hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=9999999,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$avUvXNtnn/GNZVscoS8F6XVDSn5QnlrimsKMNNw4iI8"))
                .as("a tampered hash must not make a login cost gigabytes").isFalse();
    }

    @Test
    void needsRehash_whenTheSettingsWereWeaker() {
        Argon2idPasswordHasher stronger =
                new Argon2idPasswordHasher(new Argon2idPasswordHasher.Settings(512, 2, 1), new SecureRandom());

        assertThat(stronger.needsRehash(hasher.hash("Blue-gloves-77"))).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("Blue-gloves-77"))).isFalse();
        assertThat(hasher.needsRehash("not a hash")).isTrue();
    }

    @Test
    void theProductionSettings_areOwaspsFirstArgon2idLine() {
        assertThat(Argon2idPasswordHasher.Settings.OWASP)
                .isEqualTo(new Argon2idPasswordHasher.Settings(19_456, 2, 1));
    }
}
