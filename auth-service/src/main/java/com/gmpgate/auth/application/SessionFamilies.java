package com.gmpgate.auth.application;

import com.gmpgate.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * A refresh-token family is one login and all the tokens rotated from it. Its id carries a fingerprint of the
 * user's password hash at login time: a password reset changes the hash (new salt), and every family started
 * before it stops refreshing. That is how a reset "revokes the user's sessions" without listing them, with the
 * SessionStore port as it is.
 */
final class SessionFamilies {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private SessionFamilies() {
    }

    static String newFamilyId(String randomPart, User user) {
        return randomPart + "." + fingerprint(user.passwordHash());
    }

    /** Whether the family was started with the user's current password. */
    static boolean boundToCurrentPassword(String familyId, User user) {
        int dot = familyId.lastIndexOf('.');
        return dot > 0 && MessageDigest.isEqual(
                familyId.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
                fingerprint(user.passwordHash()).getBytes(StandardCharsets.US_ASCII));
    }

    private static String fingerprint(String passwordHash) {
        byte[] digest = RefreshTokens.sha256(passwordHash.getBytes(StandardCharsets.UTF_8));
        return B64URL.encodeToString(Arrays.copyOf(digest, 12));
    }
}
