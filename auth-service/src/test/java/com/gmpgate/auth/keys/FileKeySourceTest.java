package com.gmpgate.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeySourceTest {

    @TempDir
    Path dataDir;

    @Test
    void firstUse_generatesAPrivateJwkSet_readableByItsOwnerOnly() throws Exception {
        FileKeySource keys = FileKeySource.inDataDir(dataDir, new SecureRandom());

        Path file = dataDir.resolve("keys").resolve(FileKeySource.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("\"d\"", "\"crv\":\"P-256\"", keys.signingKey().kid());
        assertThat(keys.verificationKey(keys.signingKey().kid())).isPresent();
        try (var stream = Files.list(file.getParent())) {
            assertThat(stream.toList()).as("no temporary files left").containsExactly(file);
        }
    }

    @Test
    void laterStarts_readTheSameKey() {
        String kid = FileKeySource.inDataDir(dataDir, new SecureRandom()).signingKey().kid();

        assertThat(FileKeySource.inDataDir(dataDir, new SecureRandom()).signingKey().kid()).isEqualTo(kid);
    }

    @Test
    void concurrentFirstStarts_agreeOnOneKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> kids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            kids.add(pool.submit(() -> FileKeySource.inDataDir(dataDir, new SecureRandom()).signingKey().kid()));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> kid : kids) {
            distinct.add(kid.get());
        }
        pool.shutdown();

        assertThat(distinct).hasSize(1);
    }
}
