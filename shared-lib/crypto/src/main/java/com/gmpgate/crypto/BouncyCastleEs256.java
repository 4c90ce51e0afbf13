package com.gmpgate.crypto;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureGenerationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * java-jwt's ES256, computed by Bouncy Castle's lightweight ECDSA ({@link SigningKey}, {@link VerificationKey})
 * instead of the JDK's provider: about 12x faster to verify on this JVM (DESIGN.md §6), and every API call verifies
 * an access token, every gate scan a pass. The one JWS implementation of both token kinds. BC is never registered as
 * a JCA provider. Verification picks the key by the token's {@code kid} from our own ring only.
 */
public final class BouncyCastleEs256 extends Algorithm {

    public static final String ALG = "ES256";
    /** Both token kinds pin their header whole: no crit, jku, jwk, x5u or x5c that a verifier might be tricked into. */
    public static final Set<String> HEADER_MEMBERS = Set.of("alg", "typ", "kid");

    private final SigningKey signingKey;
    private final VerificationKeys verificationKeys;

    private BouncyCastleEs256(SigningKey signingKey, VerificationKeys verificationKeys) {
        super(ALG, "SHA256withECDSA (Bouncy Castle lightweight)");
        this.signingKey = signingKey;
        this.verificationKeys = verificationKeys;
    }

    /** Signs with {@code key} and writes its kid into the header. */
    public static BouncyCastleEs256 signing(SigningKey key) {
        return new BouncyCastleEs256(key, kid -> kid.equals(key.kid())
                ? Optional.of(key.verificationKey()) : Optional.empty());
    }

    public static BouncyCastleEs256 verifying(VerificationKeys keys) {
        return new BouncyCastleEs256(null, keys);
    }

    @Override
    public String getSigningKeyId() {
        return signingKey == null ? null : signingKey.kid();
    }

    @Override
    public void verify(DecodedJWT jwt) throws SignatureVerificationException {
        String kid = jwt.getKeyId();
        VerificationKey key = kid == null ? null : verificationKeys.verificationKey(kid).orElse(null);
        if (key == null) {
            throw new SignatureVerificationException(this);
        }
        byte[] signature;
        try {
            signature = Base64Url.decode(jwt.getSignature());
        } catch (IllegalArgumentException e) {
            throw new SignatureVerificationException(this, e);
        }
        byte[] signingInput = (jwt.getHeader() + '.' + jwt.getPayload()).getBytes(StandardCharsets.US_ASCII);
        if (!key.verify(signingInput, signature)) {
            throw new SignatureVerificationException(this);
        }
    }

    /** java-jwt hands over {@code base64url(header) '.' base64url(payload)}, the JWS signing input. */
    @Override
    public byte[] sign(byte[] signingInput) throws SignatureGenerationException {
        if (signingKey == null) {
            throw new SignatureGenerationException(this, new IllegalStateException("verification-only algorithm"));
        }
        return signingKey.sign(signingInput);
    }
}
