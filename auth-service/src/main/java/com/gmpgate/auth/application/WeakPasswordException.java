package com.gmpgate.auth.application;

import com.gmpgate.auth.password.PasswordPolicy;
import java.util.List;

/** A new password the policy refuses. */
public final class WeakPasswordException extends AuthException {

    private final List<PasswordPolicy.Problem> problems;

    public WeakPasswordException(List<PasswordPolicy.Problem> problems) {
        super("WeakPassword " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PasswordPolicy.Problem> problems() {
        return problems;
    }
}
