package com.gmpgate.fakes;

import com.gmpgate.domain.user.User;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.UserStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link UserStore} in memory, with the DynamoDB adapter's semantics: login ids unique after
 * {@link User#normalizeLoginId normalization} across all sites (conditional put), optimistic updates by version,
 * listings paged per site with cursors that are bound to the site and cannot be forged. Thread-safe: every
 * operation holds the store's lock, as a conditional write is atomic per item.
 */
public final class InMemoryUserStore implements UserStore {

    private static final Comparator<User> LISTING_ORDER =
            Comparator.comparing((User user) -> User.normalizeLoginId(user.loginId())).thenComparing(User::id);

    private final Map<String, User> byId = new HashMap<>();
    private final Map<String, String> idByLoginId = new HashMap<>();
    private final Cursors cursors = new Cursors();
    private final Outage outage = new Outage();

    @Override
    public synchronized void create(User user) {
        outage.check();
        String loginId = User.normalizeLoginId(user.loginId());
        if (idByLoginId.containsKey(loginId)) {
            throw new LoginIdTakenException(user.loginId());
        }
        if (byId.containsKey(user.id())) {
            throw new ConflictException("user " + user.id() + " exists");
        }
        byId.put(user.id(), user);
        idByLoginId.put(loginId, user.id());
    }

    @Override
    public synchronized Optional<User> findById(String userId) {
        outage.check();
        return Optional.ofNullable(byId.get(userId));
    }

    @Override
    public synchronized Optional<User> findByLoginId(String loginId) {
        outage.check();
        return Optional.ofNullable(idByLoginId.get(User.normalizeLoginId(loginId))).map(byId::get);
    }

    @Override
    public synchronized void update(User user) {
        outage.check();
        User stored = byId.get(user.id());
        if (stored == null || stored.version() != user.version() - 1) {
            throw new StaleVersionException("user " + user.id());
        }
        String oldLoginId = User.normalizeLoginId(stored.loginId());
        String newLoginId = User.normalizeLoginId(user.loginId());
        if (!oldLoginId.equals(newLoginId)) {
            if (idByLoginId.containsKey(newLoginId)) {
                throw new LoginIdTakenException(user.loginId());
            }
            idByLoginId.remove(oldLoginId);
            idByLoginId.put(newLoginId, user.id());
        }
        byId.put(user.id(), user);
    }

    @Override
    public synchronized Page<User> listBySite(String siteId, PageRequest page) {
        outage.check();
        Optional<String> after = page.cursor().map(cursor -> cursors.open(cursor, siteId));
        List<User> site = byId.values().stream()
                .filter(user -> user.siteId().equals(siteId))
                .sorted(LISTING_ORDER)
                .filter(user -> after.isEmpty() || sortKey(user).compareTo(after.get()) > 0)
                .toList();
        List<User> items = site.subList(0, Math.min(page.limit(), site.size()));
        Optional<String> next = site.size() > items.size()
                ? Optional.of(cursors.issue(siteId, sortKey(items.get(items.size() - 1))))
                : Optional.empty();
        return new Page<>(items, next);
    }

    /** Every stored user, for assertions. */
    public synchronized List<User> all() {
        return byId.values().stream().sorted(LISTING_ORDER).toList();
    }

    /** From now on every call fails as an unreachable DynamoDB would, until {@code false}. */
    public void simulateOutage(boolean down) {
        outage.set(down);
    }

    private static String sortKey(User user) {
        return User.normalizeLoginId(user.loginId()) + '\u0000' + user.id();
    }
}
