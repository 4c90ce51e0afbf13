package com.gmpgate.local.seed;

import com.gmpgate.api.Env;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.credentials.PasswordHasher;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local runtime's demo accounts (DESIGN.md §6): site {@code demo-site}, admin {@code admin} (password
 * {@code GMP_ADMIN_PASSWORD}, default {@code admin1234!}), workers {@code worker1} and {@code worker2}
 * ({@code worker1234!}), created on an empty data directory with AuthFunction's environment. They live here, in
 * local-api, so that no function jar carries a demo password.
 *
 * <p>They are written straight to the store, past the password policy: these demo passwords are on the
 * common-password list on purpose, and the policy would (rightly) refuse them through the API. The hash is
 * auth-service's Argon2id, so AuthFunction verifies them as any other.
 */
public final class DemoAccounts {

    public static final String SITE = "demo-site";
    public static final String ADMIN_PASSWORD_VARIABLE = "GMP_ADMIN_PASSWORD";
    public static final String DEFAULT_ADMIN_PASSWORD = "admin1234!";
    public static final String WORKER_PASSWORD = "worker1234!";

    private DemoAccounts() {
    }

    /**
     * Creates the accounts whose login ids do not exist yet; safe to run on every start.
     *
     * @return one line per account, to print ("admin / admin1234! (ADMIN, demo-site)")
     */
    public static List<String> seed(Env env) {
        return seed(userStore(env),
                new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, new SecureRandom()),
                env.optional(ADMIN_PASSWORD_VARIABLE).orElse(DEFAULT_ADMIN_PASSWORD), Clock.systemUTC());
    }

    /** AuthFunction's users table, as its environment names it. */
    private static UserStore userStore(Env env) {
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        return new DynamoDbUserStore(DynamoDbClients.create(settings), settings.require(DynamoDbSettings.USERS_TABLE),
                CursorCodec.ofSecret(settings.require(DynamoDbSettings.CURSOR_SECRET)));
    }

    public static List<String> seed(UserStore users, PasswordHasher hasher, String adminPassword, Clock clock) {
        List<String> lines = new ArrayList<>();
        create(users, hasher, clock, "admin", adminPassword, "관리자", "품질보증팀", Role.ADMIN, lines);
        create(users, hasher, clock, "worker1", WORKER_PASSWORD, "김위생", "생산1팀", Role.WORKER, lines);
        create(users, hasher, clock, "worker2", WORKER_PASSWORD, "이청결", "포장팀", Role.WORKER, lines);
        return lines;
    }

    private static void create(UserStore users, PasswordHasher hasher, Clock clock, String loginId, String password,
                               String displayName, String department, Role role, List<String> lines) {
        String line = loginId + " / " + password + " (" + role + ", " + SITE + ", " + displayName + ")";
        if (users.findByLoginId(loginId).isPresent()) {
            lines.add(line + " — exists");
            return;
        }
        Instant now = clock.instant();
        try {
            users.create(new User(UUID.randomUUID().toString(), SITE, loginId, displayName, department, role,
                    UserStatus.ACTIVE, hasher.hash(password), List.of(), Optional.empty(), now, now, 1));
            lines.add(line);
        } catch (LoginIdTakenException e) {
            lines.add(line + " — exists");
        }
    }
}
