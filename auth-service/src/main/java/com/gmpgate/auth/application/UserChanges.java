package com.gmpgate.auth.application;

import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.UserStatus;
import java.util.Optional;

/** The fields an admin changes; the absent ones stay as they are. */
public record UserChanges(Optional<String> displayName, Optional<String> department, Optional<Role> role,
                          Optional<UserStatus> status) {
}
