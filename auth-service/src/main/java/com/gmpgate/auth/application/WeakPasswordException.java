package com.gmpgate.auth.application;

import com.gmpgate.auth.password.PasswordPolicy;
import java.util.List;

/** A new password the policy refuses. */
public final class WeakPasswordException extends AuthException {

    private final List<PasswordPolicy.Problem> problems;
    private final String field;

    public WeakPasswordException(List<PasswordPolicy.Problem> problems) {
        this(problems, "password");
    }

    /** @param field the request field that held the password */
    public WeakPasswordException(List<PasswordPolicy.Problem> problems, String field) {
        super("WeakPassword " + problems);
        this.problems = List.copyOf(problems);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public List<PasswordPolicy.Problem> problems() {
        return problems;
    }
}
