package com.gmpgate.credentials;

import com.gmpgate.port.AttemptCounter;
import com.gmpgate.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Two limits on guessing passwords, both kept in the shared {@link AttemptCounter} so they hold across Lambda
 * instances, and both in fixed windows (the key names its window):
 * <ul>
 *   <li>per client address: a limit of login attempts per {@link #ADDRESS_WINDOW} (by default {@value #ADDRESS_LIMIT};
 *       the deployment sets its own, since a plant's workers share the address of its network at shift start),
 *       whatever the login ids; refused before any password is hashed, so a flood costs little;</li>
 *   <li>per login id <em>and</em> client address: {@value #FAILURE_LIMIT} wrong passwords per
 *       {@link #FAILURE_WINDOW} lock that pair until the window ends. The count is kept whether or not the login id
 *       exists, so the lock answers alike for real and unknown ids. It locks the guesser's address out of the
 *       account, not the account: someone with the public API key cannot lock an admin out of the gate PC.</li>
 * </ul>
 * Keys hold a hash of the login id and address, not the values: the table need not keep who tried from where.
 * The lock's key also carries the user's token version, so an admin's password reset (which raises it) lets the
 * worker in with the temporary password at once.
 */
public final class LoginThrottle {

    public static final int ADDRESS_LIMIT = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
    public static final int FAILURE_LIMIT = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    private final AttemptCounter counter;
    private final int addressLimit;

    public LoginThrottle(AttemptCounter counter) {
        this(counter, ADDRESS_LIMIT);
    }

    public LoginThrottle(AttemptCounter counter, int addressLimit) {
        if (addressLimit < 1) {
            throw new IllegalArgumentException("addressLimit must be at least 1: " + addressLimit);
        }
        this.counter = counter;
        this.addressLimit = addressLimit;
    }

    /** What the failure count is kept for: the login id, and the user's token version (0 for an unknown id). */
    public static String account(String loginKey, Optional<User> user) {
        return loginKey + "#" + user.map(User::tokenVersion).orElse(0L);
    }

    /** {@link #account} of a stored user: its login id as logins normalise it (NFC, then the domain's rule). */
    public static String account(User user) {
        return account(User.normalizeLoginId(Normalizer.normalize(user.loginId(), Normalizer.Form.NFC)),
                Optional.of(user));
    }

    /** @throws TooManyAttemptsException when this attempt is one too many for the address */
    public void admitAddress(String address, Instant now) {
        Window window = Window.of(ADDRESS_WINDOW, now);
        if (counter.increment("login-address#" + digest(address) + "#" + window.index(), window.end())
                > addressLimit) {
            throw new TooManyAttemptsException(window.end());
        }
    }

    /** @throws AccountLockedException while this address is locked out of this login id */
    public void requireNotLocked(String account, String address, Instant now) {
        Window window = Window.of(FAILURE_WINDOW, now);
        if (counter.count(failureKey(account, address, window)) >= FAILURE_LIMIT) {
            throw new AccountLockedException(window.end());
        }
    }

    /** @throws AccountLockedException when this failure was the last one allowed */
    public void failed(String account, String address, Instant now) {
        Window window = Window.of(FAILURE_WINDOW, now);
        if (counter.increment(failureKey(account, address, window), window.end()) >= FAILURE_LIMIT) {
            throw new AccountLockedException(window.end());
        }
    }

    /** A right password forgets this window's failures of the pair. */
    public void succeeded(String account, String address, Instant now) {
        counter.reset(failureKey(account, address, Window.of(FAILURE_WINDOW, now)));
    }

    private static String failureKey(String account, String address, Window window) {
        return "login-failures#" + digest(account + "\n" + address) + "#" + window.index();
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private record Window(long index, Instant end) {
        static Window of(Duration length, Instant now) {
            long index = Math.floorDiv(now.getEpochSecond(), length.toSeconds());
            return new Window(index, Instant.ofEpochSecond((index + 1) * length.toSeconds()));
        }
    }
}
