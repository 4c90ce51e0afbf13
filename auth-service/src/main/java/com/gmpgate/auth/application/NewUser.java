package com.gmpgate.auth.application;

import com.gmpgate.domain.user.Role;
import java.util.Objects;

/** An admin's request to create a user on their own site. Field formats are checked by the API layer. */
public record NewUser(String loginId, String displayName, String password, Role role, String department) {
    public NewUser {
        Objects.requireNonNull(loginId, "loginId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
        department = department == null ? "" : department;
    }

    @Override
    public String toString() {
        return "NewUser[loginId=" + loginId + ", role=" + role + "]"; // never the password
    }
}
