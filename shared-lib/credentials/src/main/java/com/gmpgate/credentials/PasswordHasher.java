package com.gmpgate.credentials;

/** Turns passwords into self-describing hashes and checks them. Implementations take the same time to say no. */
public interface PasswordHasher {

    String hash(String password);

    /** Whether {@code password} matches {@code encodedHash}; false (never an exception) for a hash it cannot read. */
    boolean verify(String password, String encodedHash);

    /**
     * Burns the time of one {@link #verify}, for a login id that does not exist: the reply must not tell an
     * attacker which ids are real by being faster.
     */
    void verifyNothing(String password);

    /** Whether a stored hash was made with weaker settings than today's and should be replaced at next login. */
    boolean needsRehash(String encodedHash);
}
