package com.gmpgate.accesslog.api;

import com.gmpgate.accesslog.api.AccessLogViews.BatchView;
import com.gmpgate.accesslog.api.AccessLogViews.EntryPage;
import com.gmpgate.accesslog.api.AccessLogViews.PresenceView;
import com.gmpgate.accesslog.application.AccessLogQueries;
import com.gmpgate.accesslog.application.ExportTooLargeException;
import com.gmpgate.accesslog.application.LogFilter;
import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.api.ApiRequest;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Caller;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Csv;
import com.gmpgate.api.Env;
import com.gmpgate.api.Json;
import com.gmpgate.api.Priming;
import com.gmpgate.api.Roles;
import com.gmpgate.api.Paging;
import com.gmpgate.api.Violations;
import com.gmpgate.domain.user.Role;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.events.EventBridgePriming;
import com.gmpgate.gate.GateScan;
import com.gmpgate.gate.OfflineSync;
import com.gmpgate.keys.KeyUnavailableException;
import com.gmpgate.keys.SecretsManagerPriming;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AccessLogFunction: every {@code /v1/access-log/*} route, all about the caller's own site: the admins see it all; a
 * gate (role GATE) sees today's entries and syncs its offline scans, nothing else. Each route reads its input,
 * calls one use case and maps the result.
 */
public final class AccessLogApiHandler extends ApiFunction {

    private final ApiDispatcher api;
    private final AccessLogQueries queries;
    private final OfflineSync sync;

    /** Lambda's entry: real adapters from the environment, built once per execution environment. */
    public AccessLogApiHandler() {
        this(Env.system());
        Priming.register("AccessLogFunction", this,
                List.of(DynamoDbPriming::prime, EventBridgePriming::prime, SecretsManagerPriming::prime), PRIMING_EVENT);
    }

    /** SnapStart priming ({@link Priming}): a worker asking who is inside, refused (403) before any store. */
    static final String PRIMING_EVENT = Priming.restEvent("GET", "/v1/access-log/presence", "WORKER", "{}");

    /** local-api's entry: the function's environment from template.yaml. */
    public AccessLogApiHandler(Env env) {
        this(AccessLogWiring.from(env));
    }

    private AccessLogApiHandler(AccessLogWiring wiring) {
        this(wiring.queries(), wiring.sync(), wiring.clock(), wiring.cors());
    }

    /** Tests: any ports. */
    public AccessLogApiHandler(AccessLogQueries queries, OfflineSync sync, Clock clock, CorsPolicy cors) {
        this.queries = queries;
        this.sync = sync;
        this.api = mapErrors(ApiDispatcher.builder(clock)
                .route("GET", "/v1/access-log/entries", Roles.GATE_OR_ADMIN, this::entries)
                .route("GET", "/v1/access-log/entries.csv", Role.ADMIN, this::csv)
                .route("GET", "/v1/access-log/presence", Role.ADMIN, this::presence)
                .route("POST", "/v1/access-log/entries/batch", Roles.GATE_OR_ADMIN, this::batch)
                .cors(cors))
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }

    private ApiResponse entries(ApiRequest request, Caller caller) {
        LogFilter filter = filter(request);
        if (caller.is(Role.GATE) && !filter.date().equals(queries.today())) {
            throw ApiException.forbidden("A gate sees today's scans only.");
        }
        return ApiResponse.ok(EntryPage.of(queries.entries(caller.siteId(), filter, Paging.from(request))));
    }

    private ApiResponse csv(ApiRequest request, Caller caller) {
        LogFilter filter = filter(request);
        String name = "access-log-" + filter.date() + filter.gateId().map(g -> "-" + g).orElse("") + ".csv";
        return ApiResponse.text(200, Csv.CONTENT_TYPE, queries.csv(caller.siteId(), filter))
                .withHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private ApiResponse presence(ApiRequest request, Caller caller) {
        return ApiResponse.ok(PresenceView.of(queries.inside(caller.siteId())));
    }

    private ApiResponse batch(ApiRequest request, Caller caller) {
        AccessLogBodies.Batch body = Json.read(request, AccessLogBodies.Batch.class, AccessLogBodies.MAX_BATCH_BYTES);
        return ApiResponse.ok(BatchView.of(sync.sync(caller.siteId(), caller.userId(), body.scans())));
    }

    /** {@code ?date=YYYY-MM-DD} (default: the plant's today), {@code &gateId=}, {@code &workerId=}, {@code &name=}. */
    private LogFilter filter(ApiRequest request) {
        Violations v = new Violations();
        LocalDate date = queries.today();
        Optional<String> dateText = request.query("date");
        if (dateText.isPresent()) {
            try {
                date = LocalDate.parse(dateText.get(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                v.add("date", "INVALID", "date must be a calendar date, YYYY-MM-DD.");
            }
        }
        Optional<String> gateId = request.query("gateId").filter(g -> !g.isBlank());
        gateId.ifPresent(g -> v.matches("gateId", g, GateScan.GATE_ID, "must be 1 to 64 letters, digits, '_', '.' or '-'."));
        Optional<String> name = request.query("name").filter(n -> !LogFilter.folded(n).isEmpty());
        name.ifPresent(n -> {
            v.length("name", n, 1, LogFilter.MAX_NAME_LENGTH);
            v.printable("name", n);
        });
        v.throwIfAny();
        Optional<String> workerId = request.queryId("workerId");
        return new LogFilter(date, gateId, workerId, name);
    }

    private static ApiDispatcher.Builder mapErrors(ApiDispatcher.Builder builder) {
        return builder
                .on(ExportTooLargeException.class, e -> new ApiException(422, "EXPORT_TOO_LARGE",
                        "The day's log has more than " + AccessLogQueries.MAX_EXPORT_ROWS
                                + " entries; export one gate at a time."))
                .on(KeyUnavailableException.class, e -> ApiException.retryShortly("The pass keys are unavailable; retry shortly."));
    }
}
