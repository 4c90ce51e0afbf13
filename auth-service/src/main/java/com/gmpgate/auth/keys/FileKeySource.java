package com.gmpgate.auth.keys;

import com.gmpgate.auth.token.AccessTokenKeys;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.VerificationKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Local runtime keys: a JWK Set file in the data directory, generated on first use and readable by its owner only
 * (0600). The auth handler and the authorizer run in one local-api JVM and may both start first, so creation is
 * atomic: the first writer wins and the other reads its key.
 */
public final class FileKeySource implements AccessTokenKeys {

    public static final String FILE_NAME = "access-token-keys.jwks.json";

    private final AccessTokenKeySet keys;

    private FileKeySource(AccessTokenKeySet keys) {
        this.keys = keys;
    }

    /** The keys in {@code dataDir}/keys/, created there if absent. */
    public static FileKeySource inDataDir(Path dataDir, SecureRandom random) {
        return at(dataDir.resolve("keys").resolve(FILE_NAME), random);
    }

    public static FileKeySource at(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(file, AccessTokenKeySet.generate(random));
            }
            return new FileKeySource(AccessTokenKeySet.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the access-token key file " + file, e);
        }
    }

    private static void create(Path file, AccessTokenKeySet keys) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".keys", ".tmp");
        try {
            setOwnerOnly(temp);
            Files.writeString(temp, keys.toJson(), StandardCharsets.UTF_8);
            // a hard link appears atomically, complete, and only if no file has that name yet (rename would
            // silently replace a key another starter has already handed out tokens for)
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // another starter won the race; its key is the one
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void setOwnerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user profile's ACLs apply
        }
    }

    @Override
    public SigningKey signingKey() {
        return keys.signingKey();
    }

    @Override
    public Optional<VerificationKey> verificationKey(String kid) {
        return keys.verificationKey(kid);
    }
}
