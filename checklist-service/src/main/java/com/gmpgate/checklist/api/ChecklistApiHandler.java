package com.gmpgate.checklist.api;

import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.api.ApiRequest;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Caller;
import com.gmpgate.api.Env;
import com.gmpgate.api.FieldProblem;
import com.gmpgate.api.Json;
import com.gmpgate.api.Priming;
import com.gmpgate.api.Roles;
import com.gmpgate.api.Paging;
import com.gmpgate.checklist.api.ChecklistViews.AnswerDetail;
import com.gmpgate.checklist.api.ChecklistViews.SubmissionPage;
import com.gmpgate.checklist.api.ChecklistViews.SubmissionView;
import com.gmpgate.checklist.api.ChecklistViews.TemplateView;
import com.gmpgate.checklist.application.Actor;
import com.gmpgate.checklist.application.ForbiddenListingException;
import com.gmpgate.checklist.application.InvalidReviewException;
import com.gmpgate.checklist.application.ListQuery;
import com.gmpgate.checklist.application.LockedOutException;
import com.gmpgate.checklist.application.NotCorrectableException;
import com.gmpgate.checklist.application.NotReviewableException;
import com.gmpgate.checklist.application.TooManySubmissionsException;
import com.gmpgate.checklist.application.WorkerDayContendedException;
import com.gmpgate.checklist.application.Screening;
import com.gmpgate.checklist.application.SubmissionNotFoundException;
import com.gmpgate.credentials.SigningErrors;
import com.gmpgate.domain.checklist.AnswerValidationException;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.events.EventBridgePriming;
import com.gmpgate.keys.SecretsManagerPriming;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.Stored;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ChecklistFunction: every {@code /v1/checklist/*} route. Each route reads its input, calls one use case and maps
 * the result; the use cases' refusals become replies in {@link #mapErrors}.
 */
public final class ChecklistApiHandler extends ApiFunction {

    private final ApiDispatcher api;
    private final ChecklistWiring use;

    /** Lambda's entry: real adapters from the environment, built once per execution environment. */
    public ChecklistApiHandler() {
        this(Env.system());
        Priming.register("ChecklistFunction", this,
                List.of(DynamoDbPriming::prime, EventBridgePriming::prime, SecretsManagerPriming::prime), PRIMING_EVENT);
    }

    /** SnapStart priming ({@link Priming}): an admin submitting a checklist, refused (403) before any store. */
    static final String PRIMING_EVENT = Priming.restEvent("POST", "/v1/checklist/submissions", "ADMIN", "{}");

    /** local-api's entry: the function's environment from template.yaml. */
    public ChecklistApiHandler(Env env) {
        this(ChecklistWiring.from(env));
    }

    /** Tests: use cases over any ports ({@link ChecklistWiring#of}). */
    public ChecklistApiHandler(ChecklistWiring wiring) {
        this.use = wiring;
        this.api = mapErrors(wiring.clock(), ApiDispatcher.builder(wiring.clock())
                .route("GET", "/v1/checklist/template", Roles.WORKER_OR_ADMIN, this::template)
                .route("POST", "/v1/checklist/submissions", Role.WORKER, this::submit)
                .route("GET", "/v1/checklist/submissions", Roles.WORKER_OR_ADMIN, this::list)
                .route("GET", "/v1/checklist/submissions/{id}", Roles.WORKER_OR_ADMIN, this::get)
                .route("POST", "/v1/checklist/submissions/{id}/review", Role.ADMIN, this::review)
                .route("POST", "/v1/checklist/submissions/{id}/review/corrections", Role.ADMIN, this::correct)
                .cors(wiring.cors()))
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }

    private ApiResponse template(ApiRequest request, Caller caller) {
        return ApiResponse.ok(TemplateView.of(use.packs().forSite(caller.siteId())));
    }

    private ApiResponse submit(ApiRequest request, Caller caller) {
        ChecklistBodies.Submit body = Json.read(request, ChecklistBodies.Submit.class);
        Stored<Screening> stored = use.submit().submit(actor(caller), body.toCommand());
        SubmissionView view = SubmissionView.of(stored.value(), false);
        // the same request again gets the first result, as 200: nothing new was created
        return (stored.created() ? ApiResponse.created(view) : ApiResponse.ok(view))
                .withHeader("Location", "/v1/checklist/submissions/" + view.id());
    }

    private ApiResponse list(ApiRequest request, Caller caller) {
        ListQuery query = new ListQuery(request.queryDate("date"), verdict(request), request.queryId("workerId"));
        return ApiResponse.ok(SubmissionPage.of(use.queries().list(actor(caller), query, Paging.from(request)),
                caller.is(Role.ADMIN)));
    }

    private ApiResponse get(ApiRequest request, Caller caller) {
        return ApiResponse.ok(detail(use.queries().get(actor(caller), request.pathParameter("id")), caller));
    }

    private ApiResponse review(ApiRequest request, Caller caller) {
        ChecklistBodies.Review body = Json.read(request, ChecklistBodies.Review.class);
        return ApiResponse.ok(detail(
                use.review().review(actor(caller), request.pathParameter("id"), body.toCommand(),
                        use.clientAddress().of(request)), caller));
    }

    private ApiResponse correct(ApiRequest request, Caller caller) {
        ChecklistBodies.Correction body = Json.read(request, ChecklistBodies.Correction.class);
        return ApiResponse.ok(detail(
                use.correct().correct(actor(caller), request.pathParameter("id"), body.toCommand(),
                        use.clientAddress().of(request)), caller));
    }

    /** The pack the submission was judged with orders its answers (the site's, if that one is gone). */
    private SubmissionView detail(Screening screening, Caller caller) {
        String packId = screening.submission().evaluation().rulePackId();
        RulePack pack = use.packs().byId(packId).orElseGet(() -> use.packs().forSite(caller.siteId()));
        return SubmissionView.detail(screening, pack, caller.is(Role.ADMIN));
    }

    private static Actor actor(Caller caller) {
        return new Actor(caller.userId(), caller.role(), caller.siteId());
    }

    private static Optional<Verdict> verdict(ApiRequest request) {
        Optional<String> text = request.query("verdict");
        for (Verdict verdict : Verdict.values()) {
            if (text.filter(verdict.name()::equals).isPresent()) {
                return Optional.of(verdict);
            }
        }
        if (text.isPresent()) {
            throw ApiException.validation(List.of(new FieldProblem("verdict", "INVALID",
                    "verdict must be one of " + Arrays.toString(Verdict.values()) + ".")));
        }
        return Optional.empty();
    }

    private static ApiDispatcher.Builder mapErrors(Clock clock, ApiDispatcher.Builder builder) {
        return SigningErrors.mapped(builder, clock, "the decision is not signed.")
                .on(AnswerValidationException.class, e -> new ApiException(400, "VALIDATION_FAILED",
                        "Some answers are not valid; details names each.",
                        e.errors().stream().map(AnswerDetail::of).toList(), Map.of()))
                .on(IdempotencyConflictException.class, e -> ApiException.conflict("IDEMPOTENCY_CONFLICT",
                        "This clientSubmissionId was used with a different request."))
                .on(SubmissionNotFoundException.class, e -> ApiException.notFound("No such submission."))
                .on(ForbiddenListingException.class, e -> ApiException.forbidden(
                        "Workers can list only their own submissions."))
                .on(NotReviewableException.class, e -> ApiException.conflict(
                        e.alreadyReviewed() ? "ALREADY_REVIEWED" : "NOT_REVIEWABLE", e.getMessage()))
                .on(NotCorrectableException.class, e -> ApiException.conflict(
                        e.superseded() ? "ALREADY_CORRECTED" : "NOT_CORRECTABLE", e.getMessage()))
                .on(LockedOutException.class, e -> ApiException.conflict("LOCKED_OUT", e.getMessage()))
                .on(TooManySubmissionsException.class, e -> new ApiException(429, "TOO_MANY_SUBMISSIONS",
                        "You have answered the checklist " + WorkerDay.MAX_SUBMISSIONS + " times today; ask your "
                                + "supervisor.", List.of(), Map.of()))
                .on(WorkerDayContendedException.class, e -> new ApiException(409, "CONCURRENT_SUBMISSIONS",
                        "Too many of your screenings arrived at once; retry in a moment.", List.of(),
                        Map.of("Retry-After", "1")))
                .on(StaleVersionException.class, e -> ApiException.conflict("ALREADY_REVIEWED",
                        "Another reviewer decided this submission meanwhile; reload it."))
                .on(InvalidReviewException.class, e -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    e.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.code(), p.message())));
                    return ApiException.validation(problems);
                });
    }
}
