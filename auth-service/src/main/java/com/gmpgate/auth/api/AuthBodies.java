package com.gmpgate.auth.api;

import com.gmpgate.api.Validatable;
import com.gmpgate.api.Violations;
import com.gmpgate.auth.application.NewUser;
import com.gmpgate.auth.application.UserChanges;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.UserStatus;
import java.util.Optional;
import java.util.regex.Pattern;

/** Request bodies of the auth routes (JSON DTOs), each checking its own fields. */
final class AuthBodies {

    /** Letters of any script (Korean ids work), digits, and . _ @ - inside; 3 to 64 characters. */
    static final Pattern LOGIN_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{2,63}");
    static final int NAME_MAX = 50;
    /** Login accepts any password up to this; the policy's limits apply when one is set, not when one is tried. */
    static final int PASSWORD_MAX = 1024;

    private AuthBodies() {
    }

    record Login(String loginId, String password) implements Validatable {
        @Override
        public void validate(Violations violations) {
            violations.required("loginId", loginId);
            violations.length("loginId", loginId, 1, 64);
            violations.required("password", password);
            violations.length("password", password, 1, PASSWORD_MAX);
        }

        @Override
        public String toString() {
            return "Login[loginId=" + loginId + "]";
        }
    }

    /** Refresh: the token in the body, for clients without the cookie (a browser sends the cookie instead). */
    record Refresh(String refreshToken) implements Validatable {
        @Override
        public void validate(Violations violations) {
            violations.length("refreshToken", refreshToken, 1, 256);
        }

        @Override
        public String toString() {
            return "Refresh[]";
        }
    }

    /** Logout: the refresh token to end, if the client holds it (browsers send the cookie instead). */
    record Logout(String refreshToken) implements Validatable {
        @Override
        public void validate(Violations violations) {
            violations.length("refreshToken", refreshToken, 1, 256);
        }

        @Override
        public String toString() {
            return "Logout[]";
        }
    }

    /** A user's own password change; the new password is checked by the policy, not here. */
    record ChangePassword(String currentPassword, String newPassword) implements Validatable {
        @Override
        public void validate(Violations violations) {
            violations.required("currentPassword", currentPassword);
            violations.length("currentPassword", currentPassword, 1, PASSWORD_MAX);
            violations.required("newPassword", newPassword);
            violations.length("newPassword", newPassword, 1, PASSWORD_MAX);
        }

        @Override
        public String toString() {
            return "ChangePassword[]";
        }
    }

    record CreateUser(String loginId, String displayName, String password, Role role, String department)
            implements Validatable {
        @Override
        public void validate(Violations violations) {
            if (violations.required("loginId", loginId)) {
                violations.matches("loginId", loginId.strip(), LOGIN_ID,
                        "must be 3 to 64 letters or digits (. _ @ - allowed inside).");
            }
            if (violations.required("displayName", displayName)) {
                violations.length("displayName", displayName.strip(), 1, NAME_MAX);
                violations.printable("displayName", displayName);
            }
            if (violations.required("password", password)) {
                violations.length("password", password, 1, PASSWORD_MAX);
            }
            violations.required("role", role);
            violations.length("department", department, 0, NAME_MAX);
            violations.printable("department", department);
        }

        NewUser toCommand() {
            return new NewUser(loginId, displayName, password, role, department);
        }

        @Override
        public String toString() {
            return "CreateUser[loginId=" + loginId + ", role=" + role + "]";
        }
    }

    record UpdateUser(String displayName, String department, Role role, UserStatus status) implements Validatable {
        @Override
        public void validate(Violations violations) {
            if (displayName == null && department == null && role == null && status == null) {
                violations.add("", "NO_CHANGES", "Name at least one of displayName, department, role, status.");
            }
            if (displayName != null && violations.required("displayName", displayName)) {
                violations.length("displayName", displayName.strip(), 1, NAME_MAX);
                violations.printable("displayName", displayName);
            }
            violations.length("department", department, 0, NAME_MAX);
            violations.printable("department", department);
        }

        UserChanges toChanges() {
            return new UserChanges(Optional.ofNullable(displayName), Optional.ofNullable(department),
                    Optional.ofNullable(role), Optional.ofNullable(status));
        }
    }

    /** The password-reset body: nothing, or {@code {}} (the server picks the password). */
    record Empty() {
    }

    /** {@code POST /v1/auth/devices}: the phone's public key as a JWK (RFC 7517), EC P-256, public members only. */
    record RegisterDevice(PublicKey publicKey) implements Validatable {
        @Override
        public void validate(Violations violations) {
            if (violations.required("publicKey", publicKey)) {
                publicKey.validate(violations);
            }
        }
    }

    /** What WebCrypto's {@code exportKey("jwk")} gives for a P-256 public key, less ext and key_ops. */
    record PublicKey(String kty, String crv, String x, String y) {
        void validate(Violations violations) {
            if (violations.required("publicKey.kty", kty) && !kty.equals("EC")) {
                violations.add("publicKey.kty", "INVALID", "publicKey.kty must be EC.");
            }
            if (violations.required("publicKey.crv", crv) && !crv.equals("P-256")) {
                violations.add("publicKey.crv", "INVALID", "publicKey.crv must be P-256.");
            }
            violations.required("publicKey.x", x);
            violations.length("publicKey.x", x, 43, 43);
            violations.required("publicKey.y", y);
            violations.length("publicKey.y", y, 43, 43);
        }
    }
}
