package com.gmpgate.auth.api;

import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.api.ApiRequest;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Caller;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.api.FieldProblem;
import com.gmpgate.api.Json;
import com.gmpgate.api.Priming;
import com.gmpgate.api.Roles;
import com.gmpgate.api.Violations;
import com.gmpgate.api.Paging;
import com.gmpgate.auth.api.AuthViews.DeviceView;
import com.gmpgate.auth.api.AuthViews.RegisteredDeviceView;
import com.gmpgate.auth.api.AuthViews.LockDetail;
import com.gmpgate.auth.api.AuthViews.LoginDetail;
import com.gmpgate.auth.api.AuthViews.PasswordResetView;
import com.gmpgate.auth.api.AuthViews.SessionView;
import com.gmpgate.auth.api.AuthViews.UserPage;
import com.gmpgate.auth.api.AuthViews.WorkerMatches;
import com.gmpgate.auth.api.AuthViews.UserView;
import com.gmpgate.auth.application.AccountDisabledException;
import com.gmpgate.credentials.AccountLockedException;
import com.gmpgate.auth.application.AdminActor;
import com.gmpgate.auth.application.DeviceNotRegisteredException;
import com.gmpgate.auth.application.DeviceRetiredException;
import com.gmpgate.auth.application.DeviceService;
import com.gmpgate.auth.application.InvalidCredentialsException;
import com.gmpgate.auth.application.InvalidDeviceKeyException;
import com.gmpgate.auth.application.InvalidRefreshTokenException;
import com.gmpgate.auth.application.LoginService;
import com.gmpgate.auth.application.NotAnAdminException;
import com.gmpgate.auth.application.IssuedSession;
import com.gmpgate.auth.application.OwnAccountException;
import com.gmpgate.auth.application.PasswordChangeService;
import com.gmpgate.credentials.TooManyAttemptsException;
import com.gmpgate.auth.application.WrongPasswordException;
import com.gmpgate.auth.application.RefreshTokenReusedException;
import com.gmpgate.auth.application.SessionService;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.auth.application.UserNotFoundException;
import com.gmpgate.auth.application.WeakPasswordException;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.keys.KeyUnavailableException;
import com.gmpgate.keys.SecretsManagerPriming;
import com.gmpgate.port.LoginIdTakenException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AuthFunction: every {@code /v1/auth/*} route. Each route reads its body, calls one use case and maps the result;
 * the use cases' refusals become replies in {@link #mapErrors}.
 */
public final class AuthApiHandler extends ApiFunction {

    /** An RFC 7638 thumbprint: SHA-256, base64url without padding. */
    private static final Pattern THUMBPRINT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ApiDispatcher api;
    private final LoginService login;
    private final SessionService sessions;
    private final UserAdminService users;
    private final PasswordChangeService passwords;
    private final DeviceService devices;
    private final ClientAddress clientAddress;
    private final Clock clock;

    /** Lambda's entry: real adapters from the environment, built once per execution environment. */
    public AuthApiHandler() {
        this(Env.system());
        Priming.register("AuthFunction", this, List.of(DynamoDbPriming::prime, SecretsManagerPriming::prime),
                PRIMING_EVENT);
    }

    /** SnapStart priming ({@link Priming}): a worker asking for the user list, refused (403) before any store. */
    static final String PRIMING_EVENT = Priming.restEvent("GET", "/v1/auth/users", "WORKER", "{}");

    /** local-api's entry: the function's environment from template.yaml. */
    public AuthApiHandler(Env env) {
        this(AuthWiring.from(env));
    }

    private AuthApiHandler(AuthWiring wiring) {
        this(wiring.login(), wiring.sessions(), wiring.users(), wiring.passwords(), wiring.devices(),
                wiring.clientAddress(), wiring.clock(), wiring.cors());
    }

    /** Tests: any ports. */
    public AuthApiHandler(LoginService login, SessionService sessions, UserAdminService users,
                          PasswordChangeService passwords, DeviceService devices, ClientAddress clientAddress,
                          Clock clock, CorsPolicy cors) {
        this.login = login;
        this.sessions = sessions;
        this.users = users;
        this.passwords = passwords;
        this.devices = devices;
        this.clientAddress = clientAddress;
        this.clock = clock;
        this.api = mapErrors(ApiDispatcher.builder(clock)
                .publicRoute("POST", "/v1/auth/login", this::login)
                .publicRoute("POST", "/v1/auth/refresh", this::refresh)
                .passwordChangeRoute("POST", "/v1/auth/logout", this::logout)
                .passwordChangeRoute("GET", "/v1/auth/me", this::me)
                .passwordChangeRoute("POST", "/v1/auth/password", this::changePassword)
                .route("POST", "/v1/auth/devices", Role.WORKER, this::registerDevice)
                .route("GET", "/v1/auth/devices/{jkt}", Role.WORKER, this::currentDevice)
                .route("GET", "/v1/auth/users", Role.ADMIN, this::listUsers)
                .route("POST", "/v1/auth/users", Role.ADMIN, this::createUser)
                .route("PATCH", "/v1/auth/users/{id}", Role.ADMIN, this::updateUser)
                .route("POST", "/v1/auth/users/{id}/password-reset", Role.ADMIN, this::resetPassword)
                .route("GET", "/v1/auth/workers", Roles.GATE_OR_ADMIN, this::findWorkers)
                .cors(cors))
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }

    private ApiResponse login(ApiRequest request) {
        AuthBodies.Login body = Json.read(request, AuthBodies.Login.class);
        return session(request, login.login(body.loginId(), body.password(), clientAddress.of(request)));
    }

    /** The cookie first (browsers), else the body (other clients); neither is a 401. */
    private ApiResponse refresh(ApiRequest request) {
        Optional<String> token = RefreshCookie.from(request).or(() -> optionalBody(request)
                .map(body -> Json.read(request, AuthBodies.Refresh.class).refreshToken()));
        return session(request, sessions.refresh(token.orElse(null)));
    }

    private ApiResponse logout(ApiRequest request, Caller caller) {
        Optional<String> token = RefreshCookie.from(request).or(() -> optionalBody(request)
                .map(body -> Json.read(request, AuthBodies.Logout.class).refreshToken()));
        sessions.logout(caller.userId(), token);
        return ApiResponse.noContent().withHeader("Set-Cookie", RefreshCookie.cleared());
    }

    private ApiResponse changePassword(ApiRequest request, Caller caller) {
        AuthBodies.ChangePassword body = Json.read(request, AuthBodies.ChangePassword.class);
        return session(request, passwords.change(caller.userId(), body.currentPassword(), body.newPassword(),
                clientAddress.of(request)));
    }

    /** A new session: the refresh token in the cookie, and in the body too for a client that is not a browser. */
    private ApiResponse session(ApiRequest request, IssuedSession session) {
        return ApiResponse.ok(SessionView.of(session, !RefreshCookie.isBrowser(request), clock))
                .withHeader("Set-Cookie", RefreshCookie.set(session.refreshToken(), session.refreshTokenExpiresAt(),
                        clock.instant()));
    }

    private static Optional<String> optionalBody(ApiRequest request) {
        return request.body().filter(body -> !body.isBlank());
    }

    private ApiResponse me(ApiRequest request, Caller caller) {
        return ApiResponse.ok(UserView.of(sessions.currentUser(caller.userId()), clock.instant()));
    }

    private ApiResponse registerDevice(ApiRequest request, Caller caller) {
        AuthBodies.RegisterDevice body = Json.read(request, AuthBodies.RegisterDevice.class);
        DeviceService.Registration registration = devices.register(caller.userId(), caller.siteId(),
                body.publicKey().x(), body.publicKey().y());
        DeviceView view = DeviceView.of(registration);
        return registration.created() ? ApiResponse.created(view) : ApiResponse.ok(view);
    }

    /** Whether this phone (by its key's thumbprint) is still the caller's registered phone. */
    private ApiResponse currentDevice(ApiRequest request, Caller caller) {
        String jkt = request.pathParameter("jkt");
        if (!THUMBPRINT.matcher(jkt).matches()) {
            throw ApiException.validation(List.of(new FieldProblem("jkt", "INVALID",
                    "jkt must be an RFC 7638 thumbprint: 43 base64url characters.")));
        }
        return ApiResponse.ok(RegisteredDeviceView.of(devices.current(caller.userId(), caller.siteId(), jkt)))
                .withHeader("Cache-Control", "no-store");
    }

    private ApiResponse listUsers(ApiRequest request, Caller caller) {
        return ApiResponse.ok(UserPage.of(users.list(admin(caller), Paging.from(request)), clock.instant()));
    }

    /** {@code ?name=}: the gate's look-up by name; only what the guard needs to recognise the person. */
    private ApiResponse findWorkers(ApiRequest request, Caller caller) {
        String name = request.query("name").filter(n -> !n.isBlank()).orElse(null);
        Violations v = new Violations();
        if (v.required("name", name)) {
            v.length("name", name, 1, 50);
            v.printable("name", name);
        }
        v.throwIfAny();
        return ApiResponse.ok(WorkerMatches.of(users.workersNamed(caller.siteId(), name, WorkerMatches.MAX)));
    }

    private ApiResponse createUser(ApiRequest request, Caller caller) {
        AuthBodies.CreateUser body = Json.read(request, AuthBodies.CreateUser.class);
        User created = users.create(admin(caller), body.toCommand());
        return ApiResponse.created(UserView.of(created, clock.instant()))
                .withHeader("Location", "/v1/auth/users/" + created.id());
    }

    private ApiResponse updateUser(ApiRequest request, Caller caller) {
        AuthBodies.UpdateUser body = Json.read(request, AuthBodies.UpdateUser.class);
        User updated = users.update(admin(caller), request.pathParameter("id"), body.toChanges());
        return ApiResponse.ok(UserView.of(updated, clock.instant()));
    }

    private ApiResponse resetPassword(ApiRequest request, Caller caller) {
        if (request.body().filter(body -> !body.isBlank()).isPresent()) {
            Json.read(request, AuthBodies.Empty.class);
        }
        return ApiResponse.ok(PasswordResetView.of(
                users.resetPassword(admin(caller), request.pathParameter("id")), clock.instant()));
    }

    private static AdminActor admin(Caller caller) {
        return new AdminActor(caller.userId(), caller.siteId());
    }

    /**
     * The envelope's message is English (openapi Error); what the login screen shows a worker is also in
     * {@code details[0].message} in both languages, Korean first (openapi ErrorDetail, LocalizedText).
     */
    private ApiDispatcher.Builder mapErrors(ApiDispatcher.Builder builder) {
        return builder
                .on(InvalidCredentialsException.class, e -> new ApiException(401, "INVALID_CREDENTIALS",
                        "Wrong login id or password.", List.of(new LoginDetail("INVALID_CREDENTIALS",
                        LocalizedText.of("아이디 또는 비밀번호가 올바르지 않습니다.", "Wrong login id or password."))),
                        Map.of()))
                .on(AccountLockedException.class, this::locked)
                .on(AccountDisabledException.class, e -> new ApiException(403, "ACCOUNT_DISABLED",
                        "This account is disabled; ask an admin.", List.of(new LoginDetail("ACCOUNT_DISABLED",
                        LocalizedText.of("사용이 중지된 계정입니다. 관리자에게 문의하세요.",
                                "This account is disabled; ask an admin."))), Map.of()))
                // a refused refresh token is of no further use: the browser may as well forget its cookie
                .on(InvalidRefreshTokenException.class, e -> new ApiException(401, "INVALID_REFRESH_TOKEN",
                        "The refresh token is not valid; log in again.", List.of(),
                        Map.of("WWW-Authenticate", "Bearer", "Set-Cookie", RefreshCookie.cleared())))
                .on(RefreshTokenReusedException.class, e -> new ApiException(401, "REFRESH_TOKEN_REUSED",
                        "This refresh token was already used; all sessions of this login were ended. Log in again.",
                        List.of(), Map.of("WWW-Authenticate", "Bearer", "Set-Cookie", RefreshCookie.cleared())))
                .on(TooManyAttemptsException.class, this::tooManyAttempts)
                .on(WrongPasswordException.class, e -> ApiException.validation(List.of(new FieldProblem(
                        "currentPassword", "WRONG_PASSWORD", "currentPassword is not your current password."))))
                // the same answer whether the holder is on this site or another, and never whose it is
                .on(LoginIdTakenException.class, e -> ApiException.conflict("LOGIN_ID_UNAVAILABLE",
                        "This login id cannot be used; choose another (for example with your site's prefix)."))
                .on(InvalidDeviceKeyException.class, e -> ApiException.validation(List.of(new FieldProblem(
                        "publicKey", "INVALID_KEY", "publicKey must be an EC P-256 public key (a point on the curve)."))))
                // the phone says it in the worker's words (details) and offers to register itself again
                .on(DeviceRetiredException.class, e -> new ApiException(409, "DEVICE_RETIRED",
                        "This phone is no longer your registered device; another phone was registered since. Register "
                                + "this phone again to use it (that retires the other).",
                        List.of(new LoginDetail("DEVICE_RETIRED", LocalizedText.of(
                                "이 휴대폰은 더 이상 등록된 기기가 아닙니다. 다른 휴대폰이 등록되었습니다.",
                                "This phone is no longer your registered device. Another phone was registered."))),
                        Map.of()))
                .on(DeviceNotRegisteredException.class, e -> new ApiException(404, "DEVICE_NOT_REGISTERED",
                        "No phone is registered for you at this site; register this one."))
                .on(UserNotFoundException.class, e -> new ApiException(404, "USER_NOT_FOUND", "No such user."))
                .on(WeakPasswordException.class, e -> ApiException.validation(e.problems().stream()
                        .map(problem -> new FieldProblem(e.field(), "PASSWORD_" + problem.name(),
                                PasswordMessages.of(problem)))
                        .toList()))
                .on(NotAnAdminException.class, e -> ApiException.forbidden(
                        "Your account is no longer an active admin of this site; log in again."))
                .on(OwnAccountException.class, e -> new ApiException(409, "OWN_ACCOUNT",
                        "Admins cannot demote or disable their own account."))
                .on(KeyUnavailableException.class, e -> ApiException.retryShortly("Signing keys are unavailable; retry shortly."));
    }

    /** 429 for an address (or an admin) out of attempts: Retry-After. The same for every login id. */
    private ApiException tooManyAttempts(TooManyAttemptsException e) {
        long retryAfter = Math.max(1, Duration.between(clock.instant(), e.retryAt()).toSeconds());
        return new ApiException(429, "TOO_MANY_ATTEMPTS",
                "Too many attempts from here; try again in " + retryAfter + " seconds.", List.of(),
                Map.of("Retry-After", Long.toString(retryAfter)));
    }

    /** 429, as openapi's TooManyRequests has it: Retry-After, and until when in the details. */
    private ApiException locked(AccountLockedException e) {
        long retryAfter = Math.max(1, Duration.between(clock.instant(), e.lockedUntil()).toSeconds());
        String until = e.lockedUntil().toString();
        LocalizedText message = LocalizedText.of(
                "로그인에 여러 번 실패하여 이 기기에서 이 계정으로의 로그인이 " + until + "까지 잠겼습니다.",
                "Too many failed logins: logging in to this account from here is locked until " + until + ".");
        return new ApiException(429, "ACCOUNT_LOCKED", message.en(),
                List.of(new LockDetail("ACCOUNT_LOCKED", message, until, retryAfter)),
                Map.of("Retry-After", Long.toString(retryAfter)));
    }
}
