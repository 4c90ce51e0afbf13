package com.gmpgate.auth.api;

import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.auth.AuthEnvironment;
import com.gmpgate.auth.application.DeviceService;
import com.gmpgate.auth.application.LoginService;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.auth.application.PasswordChangeService;
import com.gmpgate.auth.application.RefreshTokens;
import com.gmpgate.auth.application.SessionIssuer;
import com.gmpgate.auth.application.SessionService;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbAttemptCounter;
import com.gmpgate.dynamodb.DynamoDbAuditTrail;
import com.gmpgate.dynamodb.DynamoDbDeviceStore;
import com.gmpgate.dynamodb.DynamoDbPassStore;
import com.gmpgate.dynamodb.DynamoDbSessionStore;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.keys.KeyRingStore;
import com.gmpgate.port.AttemptCounter;
import com.gmpgate.port.SessionStore;
import com.gmpgate.port.UserStore;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Builds AuthFunction's collaborators from its environment, once per execution environment. Every missing
 * variable fails here, at start, with its name.
 */
record AuthWiring(LoginService login, SessionService sessions, UserAdminService users,
                  PasswordChangeService passwords, DeviceService devices, ClientAddress clientAddress, Clock clock,
                  CorsPolicy cors) {

    static AuthWiring from(Env env) {
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        var dynamoDb = DynamoDbClients.create(settings);
        UserStore users = userStore(dynamoDb, settings);
        String sessionsTable = settings.require(AuthEnvironment.SESSIONS_TABLE);
        SessionStore sessionStore = new DynamoDbSessionStore(dynamoDb, sessionsTable);
        AttemptCounter attempts = new DynamoDbAttemptCounter(dynamoDb, sessionsTable);
        LoginThrottle throttle = new LoginThrottle(attempts, addressLimit(env));
        PasswordPolicy policy = new PasswordPolicy();
        KeyRing keys = KeyRingStore.ACCESS_TOKENS.forSigning(env.variables(), random);
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, random);
        SessionIssuer issuer = new SessionIssuer(sessionStore, new AccessTokenIssuer(keys), new RefreshTokens(random));
        return new AuthWiring(
                new LoginService(users, hasher, issuer, throttle, clock),
                new SessionService(users, sessionStore, issuer, clock),
                new UserAdminService(users, new DynamoDbPassStore(dynamoDb, settings.require(AuthEnvironment.PASSES_TABLE)),
                        attempts, hasher, policy, random, clock, new DynamoDbAuditTrail(dynamoDb,
                        settings.require(AuthEnvironment.AUDIT_TABLE),
                        CursorCodec.ofSecret(settings.require(AuthEnvironment.CURSOR_SECRET)),
                        settings.retention().records())),
                new PasswordChangeService(users, hasher, policy, issuer, throttle, clock),
                new DeviceService(new DynamoDbDeviceStore(dynamoDb, settings.require(AuthEnvironment.USERS_TABLE)),
                        clock),
                new ClientAddress(env.optional(AuthEnvironment.CLIENT_ADDRESS_HEADER)),
                clock,
                CorsPolicy.from(env));
    }

    private static UserStore userStore(software.amazon.awssdk.services.dynamodb.DynamoDbClient client,
                                       DynamoDbSettings settings) {
        return new DynamoDbUserStore(client, settings.require(AuthEnvironment.USERS_TABLE),
                CursorCodec.ofSecret(settings.require(AuthEnvironment.CURSOR_SECRET)));
    }

    private static int addressLimit(Env env) {
        String value = env.optional(AuthEnvironment.LOGIN_ATTEMPTS_PER_ADDRESS).orElse(null);
        if (value == null || value.isBlank()) {
            return LoginThrottle.ADDRESS_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal naming the variable
        }
        throw new IllegalStateException(AuthEnvironment.LOGIN_ATTEMPTS_PER_ADDRESS + " must be a whole number of at least 1: "
                + value);
    }
}
