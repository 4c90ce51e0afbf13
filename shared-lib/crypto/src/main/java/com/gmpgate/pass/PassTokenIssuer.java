package com.gmpgate.pass;

import com.gmpgate.crypto.KeyRing;
import com.auth0.jwt.JWT;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.SigningKey;

/**
 * Signs pass tokens with the key ring's active signing key: java-jwt over {@link BouncyCastleEs256}, as access
 * tokens are signed, with the header and claims JSON of {@link PassTokenFormat}. Thread-safe.
 */
public final class PassTokenIssuer {

    private final SigningKey signingKey;
    private final BouncyCastleEs256 algorithm;
    private final String header;

    /** @throws IllegalArgumentException if the ring has no signing key */
    public PassTokenIssuer(KeyRing keyRing) {
        this.signingKey = keyRing.signingKey()
                .orElseThrow(() -> new IllegalArgumentException("the key ring has no signing key"));
        this.algorithm = BouncyCastleEs256.signing(signingKey);
        this.header = PassTokenFormat.header(signingKey.kid());
    }

    /**
     * The compact JWS of {@code claims}.
     *
     * @throws IllegalArgumentException if the token would exceed what verification accepts (too many zones or
     *                                  conditions): better to fail at issue than hand out a pass no gate takes
     */
    public String issue(PassClaims claims) {
        String token = JWT.create().withHeader(header).withPayload(PassTokenFormat.claims(claims)).sign(algorithm);
        if (token.length() > CompactJws.MAX_LENGTH) {
            throw new IllegalArgumentException("pass token would be " + token.length() + " characters, over "
                    + CompactJws.MAX_LENGTH);
        }
        return token;
    }

    public String kid() {
        return signingKey.kid();
    }
}
