package com.gmpgate.keys;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

/**
 * A key ring in a local file (the local runtime's data directory): generated on first use, readable by its owner
 * only (0600). Several functions of one local-api JVM may start first at once, so creation is atomic: the first
 * writer wins and the others read its key.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * The keys in {@code file}, which is created with one fresh signing key if it does not exist.
     *
     * @throws KeyUnavailableException if the file cannot be read or created
     * @throws com.gmpgate.crypto.KeyFormatException if the file holds no usable key ring
     */
    public static StoredKeys loadOrCreate(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(file, new StoredKeys(SigningKey.generate(random), List.of()));
            }
            return StoredKeys.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeyUnavailableException("cannot read or create the key file " + file, e);
        }
    }

    private static void create(Path file, StoredKeys keys) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".keys", ".tmp");
        try {
            ownerOnly(temp);
            Files.writeString(temp, keys.toJson(), StandardCharsets.UTF_8);
            // a hard link appears atomically, complete, and only if no file has that name yet (a rename would
            // silently replace a key another starter has already signed with)
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // another starter won the race; its key is the one
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user profile's ACLs apply
        }
    }
}
