package com.gmpgate.records.api;

import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.VerdictEngine;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbAccessLogStore;
import com.gmpgate.dynamodb.DynamoDbAuditTrail;
import com.gmpgate.dynamodb.DynamoDbPassStore;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbSubmissionStore;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.SubmissionStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.records.RecordsEnvironment;
import com.gmpgate.records.application.AuditQueries;
import com.gmpgate.records.application.AuditSignatures;
import com.gmpgate.records.application.DailySheets;
import com.gmpgate.records.application.VerdictReplay;
import com.gmpgate.records.pdf.DailySheetPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Builds RecordsFunction's collaborators, once per execution environment: from the environment ({@link #from}) or
 * from any ports ({@link #of}). A missing variable fails here, at start, with its name.
 */
public record RecordsWiring(AuditQueries audit, DailySheets sheets, DailySheetPdf pdf, VerdictReplay replay,
                            ZoneId zone, Clock clock, CorsPolicy cors) {

    public static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");

    public static RecordsWiring from(Env env) {
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        var dynamoDb = DynamoDbClients.create(settings);
        CursorCodec cursors = CursorCodec.ofSecret(settings.require(RecordsEnvironment.CURSOR_SECRET));
        return of(new DynamoDbAuditTrail(dynamoDb, settings.require(RecordsEnvironment.AUDIT_TABLE), cursors),
                new DynamoDbSubmissionStore(dynamoDb, settings.require(RecordsEnvironment.CHECKLISTS_TABLE), cursors),
                new DynamoDbUserStore(dynamoDb, settings.require(RecordsEnvironment.USERS_TABLE), cursors),
                new DynamoDbPassStore(dynamoDb, settings.require(RecordsEnvironment.PASSES_TABLE)),
                new DynamoDbAccessLogStore(dynamoDb, settings.require(RecordsEnvironment.ACCESS_LOGS_TABLE), cursors),
                zone(env), Clock.systemUTC(), CorsPolicy.from(env));
    }

    /**
     * @param passes the revoked passes whose signatures the audit page checks
     * @param log    the guards' signed entries, likewise
     */
    public static RecordsWiring of(AuditTrail trail, SubmissionStore submissions, UserStore users, PassStore passes,
                                   AccessLogStore log, ZoneId zone, Clock clock, CorsPolicy cors) {
        return new RecordsWiring(new AuditQueries(trail, users, new AuditSignatures(submissions, passes, log, zone),
                        zone),
                new DailySheets(submissions, users, RulePacks.shipped(), zone, clock), new DailySheetPdf(zone),
                new VerdictReplay(submissions, RulePacks.shipped(), new VerdictEngine(), clock), zone, clock, cors);
    }

    static ZoneId zone(Env env) {
        return env.optional(RecordsEnvironment.SITE_TIME_ZONE).map(ZoneId::of).orElse(DEFAULT_SITE_ZONE);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
