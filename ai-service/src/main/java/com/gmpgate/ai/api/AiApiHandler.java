package com.gmpgate.ai.api;

import com.gmpgate.ai.api.AiViews.AnalysisView;
import com.gmpgate.ai.api.AiViews.UploadView;
import com.gmpgate.ai.application.AnalysisNotFoundException;
import com.gmpgate.ai.application.AnalysisService;
import com.gmpgate.ai.application.DailyLimitReachedException;
import com.gmpgate.ai.application.ImageNotOwnedException;
import com.gmpgate.ai.application.ImageNotUploadedException;
import com.gmpgate.ai.application.UploadService;
import com.gmpgate.ai.application.Viewer;
import com.gmpgate.ai.application.Worker;
import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.api.ApiRequest;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Caller;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.api.Json;
import com.gmpgate.api.Priming;
import com.gmpgate.api.Roles;
import com.gmpgate.domain.user.Role;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.s3.S3Priming;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AiFunction: {@code /v1/ai/*}. Each route reads its body, calls one use case and maps the result; refusals become
 * replies in {@link #mapErrors}. A model failure is not a refusal: it is an analysis with status NEEDS_REVIEW.
 */
public final class AiApiHandler extends ApiFunction {

    private final ApiDispatcher api;
    private final UploadService uploads;
    private final AnalysisService analyses;
    private final Clock clock;

    /** Lambda's entry: real adapters from the environment, built once per execution environment. */
    public AiApiHandler() {
        this(Env.system());
        Priming.register("AiFunction", this, List.of(DynamoDbPriming::prime, S3Priming::prime, AiWiring::primeAssessor),
                PRIMING_EVENT);
    }

    /** SnapStart priming ({@link Priming}): an admin asking for an upload URL, refused (403) before any store. */
    static final String PRIMING_EVENT = Priming.restEvent("POST", "/v1/ai/uploads", "ADMIN", "{}");

    /** local-api's entry: the function's environment from template.yaml. */
    public AiApiHandler(Env env) {
        this(AiWiring.from(env));
    }

    private AiApiHandler(AiWiring wiring) {
        this(wiring.uploads(), wiring.analyses(), wiring.clock(), wiring.cors());
    }

    /** Tests: any ports. */
    public AiApiHandler(UploadService uploads, AnalysisService analyses, Clock clock, CorsPolicy cors) {
        this.uploads = uploads;
        this.analyses = analyses;
        this.clock = clock;
        this.api = mapErrors(ApiDispatcher.builder(clock)
                .route("POST", "/v1/ai/uploads", Role.WORKER, this::upload)
                .route("POST", "/v1/ai/analyses", Role.WORKER, this::analyse)
                .route("GET", "/v1/ai/analyses/{id}", Roles.WORKER_OR_ADMIN, this::get)
                .cors(cors))
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }

    private ApiResponse upload(ApiRequest request, Caller caller) {
        AiBodies.Upload body = Json.read(request, AiBodies.Upload.class);
        return ApiResponse.created(UploadView.of(uploads.grant(worker(caller), body.format(), body.contentLength())));
    }

    private ApiResponse analyse(ApiRequest request, Caller caller) {
        AiBodies.Analyse body = Json.read(request, AiBodies.Analyse.class);
        AnalysisService.Result result = analyses.analyse(worker(caller), body.imageKey());
        result.diagnostic().ifPresent(diagnostic -> log(request, result, diagnostic));
        AnalysisView view = AnalysisView.forWorker(result.analysis());
        return result.created()
                ? ApiResponse.created(view).withHeader("Location", "/v1/ai/analyses/" + result.analysis().id())
                : ApiResponse.ok(view);
    }

    private ApiResponse get(ApiRequest request, Caller caller) {
        Viewer viewer = new Viewer(caller.userId(), caller.siteId(), caller.is(Role.ADMIN));
        return ApiResponse.ok(AnalysisView.of(analyses.view(viewer, request.pathParameter("id")), viewer.admin()));
    }

    private static Worker worker(Caller caller) {
        return new Worker(caller.userId(), caller.siteId());
    }

    /** Why the model gave no assessment, for the operator: one JSON line, no photo, no personal data. */
    private static void log(ApiRequest request, AnalysisService.Result result, String diagnostic) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "WARN");
        line.put("requestId", request.requestId());
        line.put("analysisId", result.analysis().id());
        line.put("status", result.analysis().status().name());
        line.put("reason", result.analysis().failure().orElse(""));
        line.put("diagnostic", diagnostic);
        System.out.println(Json.write(line));
    }

    /** Korean first, as everywhere people read text: the worker sees these in the PWA. */
    private ApiDispatcher.Builder mapErrors(ApiDispatcher.Builder builder) {
        return builder
                .on(ImageNotOwnedException.class, e -> ApiException.forbidden(
                        "다른 작업자의 사진입니다. / This photo belongs to another worker."))
                .on(ImageNotUploadedException.class, e -> new ApiException(404, "IMAGE_NOT_FOUND",
                        "이 키로 올라온 사진이 없습니다. 사진을 먼저 올려 주세요. / No photo was uploaded under this key; "
                                + "upload it first."))
                .on(AnalysisNotFoundException.class, e -> ApiException.notFound("No such analysis."))
                .on(DailyLimitReachedException.class, this::limitReached);
    }

    private ApiException limitReached(DailyLimitReachedException e) {
        long retryAfter = Math.max(1, Duration.between(clock.instant(), e.resetsAt()).toSeconds());
        String code = e.allowance().code();
        String message = e.allowance().message(e.limit());
        return new ApiException(429, code, message, List.of(Map.of("code", code, "message", message,
                "limit", e.limit(), "resetsAt", e.resetsAt().toString())),
                Map.of("Retry-After", Long.toString(retryAfter)));
    }
}
