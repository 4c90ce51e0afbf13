package com.gmpgate.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.fakes.Replies;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.auth.api.AuthApiHandler;
import com.gmpgate.auth.application.DeviceService;
import com.gmpgate.auth.application.LoginService;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.auth.application.PasswordChangeService;
import com.gmpgate.api.ClientAddress;
import com.gmpgate.auth.application.RefreshTokens;
import com.gmpgate.auth.application.SessionIssuer;
import com.gmpgate.auth.application.SessionService;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.auth.authorizer.AuthorizerHandler;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.auth.token.AccessTokenVerifier;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryAttemptCounter;
import com.gmpgate.fakes.InMemoryAuditTrail;
import com.gmpgate.fakes.InMemoryDeviceStore;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemorySessionStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.port.AttemptCounter;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.SessionStore;
import com.gmpgate.port.UserStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * auth-service wired as in production, on in-memory stores, a hand-moved clock and cheap Argon2 settings. Requests
 * go through the real handlers as API Gateway events; {@link #authorized} runs the authorizer first, as API
 * Gateway does, and puts its context into the event.
 */
public final class AuthTestKit {

    public static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    /** Real Argon2id, minimal cost: the tests exercise logic, not the work factor. */
    public static final Argon2idPasswordHasher.Settings FAST = new Argon2idPasswordHasher.Settings(64, 1, 1);

    public final MutableClock clock = new MutableClock(START);
    public final SecureRandom random = new SecureRandom();
    public final InMemoryUserStore users;
    public final InMemorySessionStore sessions;
    public final InMemoryPassStore passes = new InMemoryPassStore();
    public final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final SigningKey signingKey = SigningKey.generate(random);
    public final KeyRing keys = KeyRing.of(signingKey);
    public final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(FAST, random);
    public final InMemoryDeviceStore devices = new InMemoryDeviceStore();
    public final AuthApiHandler api;
    public final AuthorizerHandler authorizer;
    public final FakeLambdaContext context = new FakeLambdaContext();

    public AuthTestKit() {
        this(new InMemoryUserStore(), new InMemorySessionStore());
    }

    public AuthTestKit(InMemoryUserStore users, InMemorySessionStore sessions) {
        this.users = users;
        this.sessions = sessions;
        this.api = handler(users, sessions, passes, attempts);
        this.authorizer = new AuthorizerHandler(new AccessTokenVerifier(keys, clock), users);
    }

    /** The same wiring on other stores (the dynalite IT). */
    public AuthApiHandler handler(UserStore userStore, SessionStore sessionStore, PassStore passStore,
                                  AttemptCounter counter) {
        SessionIssuer issuer = new SessionIssuer(sessionStore, new AccessTokenIssuer(keys), new RefreshTokens(random));
        LoginThrottle throttle = new LoginThrottle(counter);
        PasswordPolicy policy = new PasswordPolicy();
        return new AuthApiHandler(
                new LoginService(userStore, hasher, issuer, throttle, clock),
                new SessionService(userStore, sessionStore, issuer, clock),
                new UserAdminService(userStore, passStore, counter, hasher, policy, random, clock, audit),
                new PasswordChangeService(userStore, hasher, policy, issuer, throttle, clock),
                new DeviceService(devices, clock),
                ClientAddress.SOURCE_IP, clock, CorsPolicy.none());
    }

    public User user(String loginId, String password, Role role, String siteId, String displayName) {
        User user = new User(UUID.randomUUID().toString(), siteId, loginId, displayName, "생산1팀", role,
                UserStatus.ACTIVE, hasher.hash(password), List.of(), Optional.empty(), START, START, 1);
        users.create(user);
        return user;
    }

    public ApiResponse call(RestEvent event) {
        try {
            return api.dispatcher().handle(event.header("x-api-key", "local-dev-key").bytes(), context);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What API Gateway does for a route behind the authorizer: run it with the event's Authorization header, and
     * on Allow pass its context on. Returns 401 as API Gateway would when the authorizer says Unauthorized.
     */
    public ApiResponse authorized(RestEvent event, String accessToken) {
        event.bearer(accessToken);
        Map<String, String> context;
        try {
            context = authorize(accessToken, event.node().path("httpMethod").asText(),
                    event.node().path("path").asText());
        } catch (AuthorizerHandler.UnauthorizedException e) {
            return new ApiResponse(401, Map.of(), "{\"error\":{\"code\":\"UNAUTHORIZED\"}}", false);
        }
        return call(event.authorizer(context));
    }

    /** Runs the authorizer on an adapted real REQUEST event; returns its context. */
    public Map<String, String> authorize(String accessToken, String method, String path) {
        var out = authorizerResponse(AuthorizerEvents.request("Bearer " + accessToken, method, path));
        Map<String, String> context = new java.util.LinkedHashMap<>();
        out.path("context").fields().forEachRemaining(f -> context.put(f.getKey(), f.getValue().asText()));
        return context;
    }

    public JsonNode authorizerResponse(byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            authorizer.handleRequest(new ByteArrayInputStream(event), out, context);
            return AuthorizerEvents.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reply's JSON body; a body that is not JSON fails the test, showing it. */
    public static JsonNode body(ApiResponse response) {
        return Replies.json(response.body());
    }

    /** The error code of a refusal ({@code error.code}), empty for any other reply. */
    public static String code(ApiResponse response) {
        return Replies.errorCode(response.body());
    }
}
