package com.gmpgate.auth.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be. At least {@value #MIN_LENGTH} characters: NIST SP 800-63B asks 15 of a password
 * that is the only factor, 8 with a second one; workers type this on a phone at the door every day, and the
 * lockout plus API Gateway throttling cap online guessing, so 10 — with the common-password check that removes
 * the guesses that would work at all. At most {@value #MAX_LENGTH} (hashing cost). Not the login id.
 *
 * <p>The common-password list (~10 000 entries, built by {@code tools/common_passwords.py}) is loaded on first
 * use, so a login, which never checks a policy, does not pay for it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "common-passwords.txt";

    /** Why a password was refused; the API names these in its 400 details. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON, SAME_AS_LOGIN_ID, CONTROL_CHARACTERS,
        /** a password change to the password the user has now */
        SAME_AS_CURRENT
    }

    private static final class CommonPasswords {
        static final Set<String> ENTRIES = load();
    }

    public List<Problem> check(String password, String loginId) {
        List<Problem> problems = new ArrayList<>();
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        if (normalized.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(Problem.CONTROL_CHARACTERS);
        }
        String folded = normalized.toLowerCase(Locale.ROOT);
        if (CommonPasswords.ENTRIES.contains(folded)) {
            problems.add(Problem.COMMON);
        }
        if (loginId != null && folded.equals(loginId.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.SAME_AS_LOGIN_ID);
        }
        return problems;
    }

    static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            Set<String> entries = new HashSet<>(16_384);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    entries.add(line);
                }
            }
            return Set.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
