package com.gmpgate.auth.token;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.VerificationKey;
import java.util.Optional;

/**
 * Where the access-token keys live (port). The auth function signs with the active key; the authorizer verifies
 * with whichever key the token names, so a rotation keeps tokens signed with the previous key valid until they
 * expire. These keys are not the pass-signing keys: an access token and a QR pass can never verify as each other.
 */
public interface AccessTokenKeys {

    SigningKey signingKey();

    /** The public key with {@code kid}; a source that may have rotated since it was read looks again. */
    Optional<VerificationKey> verificationKey(String kid);
}
