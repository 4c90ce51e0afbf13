package com.gmpgate.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.KeyFormatException;
import com.gmpgate.crypto.StoredKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void theFirstLoad_createsAKeyReadableByItsOwnerOnly_andLaterLoadsReadTheSameKey() throws Exception {
        Path file = dir.resolve("keys").resolve("pass-keys.jwks.json");

        StoredKeys first = KeyFiles.loadOrCreate(file, new SecureRandom());
        StoredKeys again = KeyFiles.loadOrCreate(file, new SecureRandom());

        assertThat(again.signingKey().kid()).isEqualTo(first.signingKey().kid());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void starters_racingOnAnEmptyDirectory_allEndUpWithOneKey() throws Exception {
        Path file = dir.resolve("race.json");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> starters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            starters.add(() -> KeyFiles.loadOrCreate(file, new SecureRandom()).signingKey().kid());
        }
        List<String> kids = new ArrayList<>();
        for (Future<String> kid : pool.invokeAll(starters)) {
            kids.add(kid.get());
        }
        pool.shutdown();

        assertThat(kids).containsOnly(kids.get(0));
    }

    @Test
    void aFileThatIsNoKeyRing_isRefused_notReplaced() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"keys\":[]}");

        assertThatThrownBy(() -> KeyFiles.loadOrCreate(file, new SecureRandom())).isInstanceOf(KeyFormatException.class);
        assertThat(Files.readString(file)).isEqualTo("{\"keys\":[]}");
    }
}
