package com.gmpgate.records.api;

import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.api.ApiRequest;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Caller;
import com.gmpgate.api.Csv;
import com.gmpgate.api.Env;
import com.gmpgate.api.FieldProblem;
import com.gmpgate.api.Paging;
import com.gmpgate.api.Priming;
import com.gmpgate.domain.user.Role;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.records.api.RecordsViews.AuditPage;
import com.gmpgate.records.api.RecordsViews.SheetView;
import com.gmpgate.records.application.AuditQueries;
import com.gmpgate.records.application.DailySheet;
import com.gmpgate.records.application.NoSuchRecordException;
import com.gmpgate.records.application.SheetTooLargeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * RecordsFunction: the {@code /v1/records/*} routes, ADMIN only, always of the caller's own site (the site comes from
 * the authorizer, never from the request): the audit trail and the daily sheet, each as JSON and as an export.
 */
public final class RecordsApiHandler extends ApiFunction {

    static final String PDF = "application/pdf";
    /** The longest audit period one request lists or exports. */
    static final int MAX_DAYS = 366;

    private final ApiDispatcher api;
    private final RecordsWiring use;

    public RecordsApiHandler() {
        this(Env.system());
        Priming.register("RecordsFunction", this, List.of(DynamoDbPriming::prime), PRIMING_EVENT);
    }

    /** SnapStart priming ({@link Priming}): a worker asking for the daily sheet, refused (403) before any store. */
    static final String PRIMING_EVENT = Priming.restEvent("GET", "/v1/records/daily-sheet.pdf", "WORKER", "{}");

    public RecordsApiHandler(Env env) {
        this(RecordsWiring.from(env));
    }

    public RecordsApiHandler(RecordsWiring wiring) {
        this.use = wiring;
        this.api = ApiDispatcher.builder(wiring.clock())
                .route("GET", "/v1/records/audit", Role.ADMIN, this::audit)
                .route("GET", "/v1/records/audit.csv", Role.ADMIN, this::auditCsv)
                .route("GET", "/v1/records/daily-sheet", Role.ADMIN, this::sheet)
                .route("GET", "/v1/records/daily-sheet.csv", Role.ADMIN, this::sheetCsv)
                .route("GET", "/v1/records/daily-sheet.pdf", Role.ADMIN, this::sheetPdf)
                .route("GET", "/v1/records/submissions/{id}/replay", Role.ADMIN, this::replay)
                .on(NoSuchRecordException.class, e -> ApiException.notFound("No such submission."))
                .on(SheetTooLargeException.class, e -> new ApiException(422, "EXPORT_TOO_LARGE",
                        "Too many rows for one export; choose a shorter period.", List.of(), java.util.Map.of()))
                .cors(wiring.cors())
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }

    private ApiResponse audit(ApiRequest request, Caller caller) {
        Period period = period(request);
        return ApiResponse.ok(AuditPage.of(use.audit().list(caller.siteId(), period.from(), period.to(),
                Paging.from(request)), use.zone()));
    }

    private ApiResponse auditCsv(ApiRequest request, Caller caller) {
        Period period = period(request);
        String csv = Csv.document(AuditQueries.CSV_HEADER, use.audit().csvRows(caller.siteId(), period.from(),
                period.to()));
        return ApiResponse.text(200, Csv.CONTENT_TYPE, csv).withHeader("Content-Disposition",
                "attachment; filename=\"audit-" + caller.siteId() + "-" + period.from() + "-" + period.to() + ".csv\"");
    }

    private ApiResponse sheet(ApiRequest request, Caller caller) {
        return ApiResponse.ok(SheetView.of(sheetOf(request, caller)));
    }

    private ApiResponse sheetCsv(ApiRequest request, Caller caller) {
        DailySheet sheet = sheetOf(request, caller);
        return ApiResponse.text(200, Csv.CONTENT_TYPE, Csv.document(sheet.header(), sheet.rows()))
                .withHeader("Content-Disposition", "attachment; filename=\"" + fileName(sheet) + ".csv\"");
    }

    private ApiResponse sheetPdf(ApiRequest request, Caller caller) {
        DailySheet sheet = sheetOf(request, caller);
        return ApiResponse.binary(200, PDF, use.pdf().render(sheet))
                .withHeader("Content-Disposition", "attachment; filename=\"" + fileName(sheet) + ".pdf\"");
    }

    private ApiResponse replay(ApiRequest request, Caller caller) {
        return ApiResponse.ok(RecordsViews.ReplayView.of(use.replay().replay(caller.siteId(),
                request.pathParameter("id"))));
    }

    private DailySheet sheetOf(ApiRequest request, Caller caller) {
        LocalDate date = request.queryDate("date").orElseGet(use::today);
        return use.sheets().sheet(caller.siteId(), date);
    }

    static String fileName(DailySheet sheet) {
        return "daily-sheet-" + sheet.siteId() + "-" + sheet.date();
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(ApiRequest request) {
        LocalDate today = use.today();
        LocalDate to = request.queryDate("to").orElse(today);
        LocalDate from = request.queryDate("from").orElse(to);
        if (from.isAfter(to)) {
            throw ApiException.validation(List.of(new FieldProblem("from", "INVALID", "from must not be after to.")));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.validation(List.of(new FieldProblem("from", "INVALID",
                    "A period is at most " + MAX_DAYS + " days.")));
        }
        return new Period(from, to);
    }
}
