package com.gmpgate.auth.application;

import com.gmpgate.domain.user.User;
import com.gmpgate.port.StaleVersionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Optimistic updates of one user: re-read, re-apply, write; a failed login or another admin may have bumped the
 * version meanwhile, and the change applies just as well on top of theirs.
 */
final class UserUpdates {

    static final int ATTEMPTS = 5;

    private UserUpdates() {
    }

    /** @return the user as written */
    static User apply(com.gmpgate.port.UserStore users, Supplier<User> current, UnaryOperator<User> change) {
        for (int attempt = 1; ; attempt++) {
            User changed = change.apply(current.get());
            try {
                users.update(changed);
                return changed;
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
