package com.gmpgate.port;

import com.gmpgate.domain.user.User;
import java.util.Optional;

public interface UserStore {
    /** Creates the user; login ids are unique (normalized, across all sites). */
    void create(User user) throws LoginIdTakenException;

    Optional<User> findById(String userId);

    Optional<User> findByLoginId(String loginId);

    /** Replaces the user if its stored version is {@code user.version() - 1}. */
    void update(User user) throws StaleVersionException;

    Page<User> listBySite(String siteId, PageRequest page);
}
