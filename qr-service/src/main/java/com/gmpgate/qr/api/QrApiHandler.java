package com.gmpgate.qr.api;

import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.api.ApiRequest;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Caller;
import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.api.FieldProblem;
import com.gmpgate.api.Json;
import com.gmpgate.api.Lazy;
import com.gmpgate.api.Priming;
import com.gmpgate.api.Roles;
import com.gmpgate.credentials.SigningErrors;
import com.gmpgate.domain.user.Role;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.events.EventBridgePriming;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.GateWorkerNotFoundException;
import com.gmpgate.gate.NoValidPassException;
import com.gmpgate.gate.NotCorrectableException;
import com.gmpgate.gate.GateScan;
import com.gmpgate.crypto.KeyRingSource;
import com.gmpgate.keys.KeyUnavailableException;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.keys.SecretsManagerPriming;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.qr.api.QrViews.PassView;
import com.gmpgate.qr.api.QrViews.RevokedPassView;
import com.gmpgate.qr.api.QrViews.RosterView;
import com.gmpgate.qr.api.QrViews.VerifyView;
import com.gmpgate.qr.application.Actor;
import com.gmpgate.qr.application.NoCurrentPassException;
import com.gmpgate.qr.application.PassNoLongerValidException;
import com.gmpgate.qr.application.PassNotFoundException;
import com.gmpgate.qr.application.PassService;
import com.gmpgate.qr.application.RosterService;
import com.gmpgate.qr.application.RosterUnavailableException;
import com.gmpgate.qr.application.SignedGateDesk;
import com.gmpgate.qr.image.QrImages;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * QrFunction: every {@code /v1/qr/*} route. Each route reads its input, calls one use case and maps the result;
 * the use cases' refusals become replies in {@link #mapErrors}.
 */
public final class QrApiHandler extends ApiFunction {

    static final String JWKS_CACHE = "public, max-age=300";
    /** An SVG opened on its own is a document: it may load and run nothing. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final ApiDispatcher api;
    /** The use cases over the stores: built by the first route that needs them (the keys route does not). */
    private final Lazy<QrWiring.Routes> routes;
    private final ClientAddress clientAddress;
    private final KeyRingSource keys;
    private final Clock clock;

    /** Lambda's entry: real adapters from the environment, built once per execution environment. */
    public QrApiHandler() {
        this(Env.system());
        Priming.register("QrFunction", this, List.of(
                environment -> routes.get(), // under SnapStart the lazy wiring saves nothing: build it into the snapshot
                DynamoDbPriming::prime, EventBridgePriming::prime, SecretsManagerPriming::prime), PRIMING_EVENT);
    }

    /**
     * SnapStart priming ({@link Priming}): a scan by a worker, refused (403) before the gate check — the event, the
     * dispatcher, Jackson and the error envelope.
     */
    static final String PRIMING_EVENT = Priming.restEvent("POST", "/v1/qr/verify", "WORKER", "{}");

    /** local-api's entry: the function's environment from template.yaml. */
    public QrApiHandler(Env env) {
        this(QrWiring.from(env));
    }

    QrApiHandler(QrWiring wiring) {
        this(wiring.routes(), wiring.keys(), wiring.clientAddress(), wiring.clock(), wiring.cors());
    }

    /** Tests: any ports, no roster. */
    public QrApiHandler(PassService passes, GateCheck gate, SignedGateDesk desk, KeyRingSource keys,
            ClientAddress clientAddress, Clock clock, CorsPolicy cors) {
        this(passes, gate, desk, null, keys, clientAddress, clock, cors);
    }

    /** Tests: any ports. */
    public QrApiHandler(PassService passes, GateCheck gate, SignedGateDesk desk, RosterService roster,
            KeyRingSource keys, ClientAddress clientAddress, Clock clock, CorsPolicy cors) {
        this(Lazy.built(new QrWiring.Routes(passes, gate, desk, roster)), keys, clientAddress, clock, cors);
    }

    private QrApiHandler(Lazy<QrWiring.Routes> routes, KeyRingSource keys, ClientAddress clientAddress, Clock clock,
            CorsPolicy cors) {
        this.routes = routes;
        this.clientAddress = clientAddress;
        this.keys = keys;
        this.clock = clock;
        this.api = mapErrors(ApiDispatcher.builder(clock)
                .route("GET", "/v1/qr/passes/current", Role.WORKER, this::currentPass)
                .route("GET", "/v1/qr/passes/{id}/image", Roles.WORKER_OR_ADMIN, this::passImage)
                .publicRoute("GET", "/v1/qr/keys", this::keys)
                .route("POST", "/v1/qr/passes/{id}/revoke", Role.ADMIN, this::revoke)
                .route("POST", "/v1/qr/verify", Roles.GATE_OR_ADMIN, this::verify)
                .route("POST", "/v1/qr/manual-entries", Roles.GATE_OR_ADMIN, this::manualEntry)
                .route("POST", "/v1/qr/corrections", Roles.GATE_OR_ADMIN, this::correct)
                .route("GET", "/v1/qr/roster", Roles.GATE_OR_ADMIN, this::roster)
                .cors(cors))
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }

    private PassService passes() {
        return routes.get().passes();
    }

    private ApiResponse currentPass(ApiRequest request, Caller caller) {
        return ApiResponse.ok(PassView.of(passes().current(actor(caller)), passes().codeKind(actor(caller))));
    }

    /** Today's signed roster of the gate's own site; never cached on the way (it names people). */
    private ApiResponse roster(ApiRequest request, Caller caller) {
        RosterService roster = routes.get().roster();
        if (roster == null) {
            throw ApiException.notFound("No roster here.");
        }
        return ApiResponse.ok(RosterView.of(roster.today(caller.siteId()))).withHeader("Cache-Control", "no-store");
    }

    private ApiResponse passImage(ApiRequest request, Caller caller) {
        String format = request.query("format").orElse("png");
        int size = size(request);
        if (!format.equals("png") && !format.equals("svg")) {
            throw ApiException.validation(List.of(new FieldProblem("format", "INVALID", "format must be png or svg.")));
        }
        String token = passes().forImage(actor(caller), request.pathParameter("id")).token();
        if (format.equals("svg")) {
            return ApiResponse.text(200, "image/svg+xml; charset=utf-8", QrImages.svg(token, size))
                    .withHeader("Content-Security-Policy", SVG_POLICY);
        }
        // base64 in the proxy response; API Gateway sends bytes for image/png (a binary media type of GateApi)
        return ApiResponse.binary(200, "image/png", QrImages.png(token, size));
    }

    private ApiResponse keys(ApiRequest request) {
        String jwks = keys.current().map(KeyRing::toJwks).orElse("{\"keys\":[]}");
        return new ApiResponse(200, Map.of("Content-Type", ApiResponse.JSON, "Cache-Control", JWKS_CACHE), jwks,
                false);
    }

    private ApiResponse revoke(ApiRequest request, Caller caller) {
        QrBodies.Revoke body = Json.read(request, QrBodies.Revoke.class);
        return ApiResponse.ok(RevokedPassView.of(passes().revoke(actor(caller), request.pathParameter("id"),
                body.reason(), body.password(), clientAddress.of(request))));
    }

    private ApiResponse verify(ApiRequest request, Caller caller) {
        QrBodies.Verify body = Json.read(request, QrBodies.Verify.class);
        // the server's clock decides online: a gate's clock may be wrong, and scannedAt is only the gate's claim
        String scanId = body.scanId() != null ? body.scanId() : "srv-" + UUID.randomUUID();
        GateCheck gate = routes.get().gate();
        return ApiResponse.ok(VerifyView.of(gate.scan(new GateScan(caller.siteId(), caller.userId(), scanId,
                body.token(), body.gateId(), body.direction(), clock.instant(), false))));
    }

    private ApiResponse manualEntry(ApiRequest request, Caller caller) {
        QrBodies.ManualEntry body = Json.read(request, QrBodies.ManualEntry.class);
        SignedGateDesk desk = routes.get().desk();
        return ApiResponse.ok(VerifyView.of(desk.manualEntry(actor(caller), body.scanId(), body.workerId(),
                body.gateId(), body.direction(), Optional.ofNullable(body.note()), body.password(),
                clientAddress.of(request))));
    }

    private ApiResponse correct(ApiRequest request, Caller caller) {
        QrBodies.Correction body = Json.read(request, QrBodies.Correction.class);
        SignedGateDesk desk = routes.get().desk();
        return ApiResponse.ok(VerifyView.of(desk.correct(actor(caller), body.scanId(),
                Optional.ofNullable(body.note()), body.password(), clientAddress.of(request))));
    }

    private static int size(ApiRequest request) {
        String text = request.query("size").orElse(Integer.toString(QrImages.DEFAULT_SIZE));
        try {
            int size = Integer.parseInt(text);
            if (size >= QrImages.MIN_SIZE && size <= QrImages.MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.validation(List.of(new FieldProblem("size", "INVALID",
                "size must be an integer from " + QrImages.MIN_SIZE + " to " + QrImages.MAX_SIZE + ".")));
    }

    private static Actor actor(Caller caller) {
        return new Actor(caller.userId(), caller.role(), caller.siteId());
    }

    private ApiDispatcher.Builder mapErrors(ApiDispatcher.Builder builder) {
        return SigningErrors.mapped(builder, clock, "nothing was signed or done.")
                .on(PassNotFoundException.class, e -> ApiException.notFound("No such pass."))
                .on(NoCurrentPassException.class, e -> new ApiException(404, "NO_CURRENT_PASS",
                        "You have no valid pass now; answer today's checklist to get one."))
                .on(PassNoLongerValidException.class, e -> new ApiException(410, "PASS_" + e.why().name(),
                        e.why() == PassNoLongerValidException.Why.REVOKED
                                ? "This pass was revoked; no gate accepts it."
                                : "This pass has expired; no gate accepts it."))
                .on(GateWorkerNotFoundException.class, e -> ApiException.notFound("No such worker at this site."))
                .on(NoValidPassException.class, e -> new ApiException(409, "NO_VALID_PASS",
                        "This worker has no valid pass now: they answer today's checklist first."))
                .on(NotCorrectableException.class, e -> new ApiException(409, "NOT_CORRECTABLE",
                        "Only an ALREADY_INSIDE or NOT_INSIDE refusal of this site can be corrected."))
                .on(IdempotencyConflictException.class, e -> ApiException.conflict("IDEMPOTENCY_CONFLICT",
                        "This scanId was already used for another scan (gate, direction or pass)."))
                // a gate opened on a new deployment asks every few minutes; it is told why, in the guard's words
                .on(RosterUnavailableException.class, e -> new ApiException(503, "ROSTER_UNAVAILABLE",
                        "There is no gate roster before the first pass of this deployment is issued; retry in a few "
                                + "minutes.", List.of(new QrViews.ErrorWordsView("ROSTER_UNAVAILABLE", LocalizedText.of(
                                "아직 발급된 출입 패스가 없어 오프라인 명단이 없습니다. 잠시 후 다시 받습니다.",
                                "There is no offline roster yet: no pass has been issued. The gate tries again shortly."))),
                        Map.of("Retry-After", "180")))
                .on(KeyUnavailableException.class, e -> ApiException.retryShortly("The pass keys are unavailable; retry shortly."));
    }
}
