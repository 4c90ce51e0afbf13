package com.gmpgate.auth.api;

import com.gmpgate.auth.password.PasswordPolicy;

/** What to tell an admin whose new password was refused. */
final class PasswordMessages {

    private PasswordMessages() {
    }

    static String of(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "password must have at least " + PasswordPolicy.MIN_LENGTH + " characters.";
            case TOO_LONG -> "password must have at most " + PasswordPolicy.MAX_LENGTH + " characters.";
            case COMMON -> "password is too common; choose one that is harder to guess.";
            case SAME_AS_LOGIN_ID -> "password must not be the login id.";
            case CONTROL_CHARACTERS -> "password must not contain control characters.";
            case SAME_AS_CURRENT -> "the new password must differ from the current one.";
        };
    }
}
