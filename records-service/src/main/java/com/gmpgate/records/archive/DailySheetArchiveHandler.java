package com.gmpgate.records.archive;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.gmpgate.api.Env;
import com.gmpgate.api.Priming;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbSiteStore;
import com.gmpgate.dynamodb.DynamoDbSubmissionStore;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.records.RecordsEnvironment;
import com.gmpgate.records.application.ArchiveClosedDays;
import com.gmpgate.records.application.DailySheets;
import com.gmpgate.records.pdf.DailySheetPdf;
import com.gmpgate.s3.S3Clients;
import com.gmpgate.s3.S3Priming;
import com.gmpgate.s3.S3Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * DailySheetArchiveFunction, run by its EventBridge schedule after midnight (site time): writes every site's sheet
 * of the closed day to the backups bucket. The event's content is not read.
 */
public final class DailySheetArchiveHandler implements RequestStreamHandler {

    private final ArchiveClosedDays job;

    public DailySheetArchiveHandler() {
        this(Env.system());
        // clients only: a synthetic run would archive real days
        Priming.register("DailySheetArchiveFunction", this, List.of(DynamoDbPriming::prime, S3Priming::prime));
    }

    public DailySheetArchiveHandler(Env env) {
        this(wire(env));
    }

    public DailySheetArchiveHandler(ArchiveClosedDays job) {
        this.job = job;
    }

    private static ArchiveClosedDays wire(Env env) {
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        var dynamoDb = DynamoDbClients.create(settings);
        CursorCodec cursors = CursorCodec.ofSecret(settings.require(RecordsEnvironment.CURSOR_SECRET));
        ZoneId zone = env.optional(RecordsEnvironment.SITE_TIME_ZONE).map(ZoneId::of)
                .orElse(ZoneId.of("Asia/Seoul"));
        Clock clock = Clock.systemUTC();
        String usersTable = settings.require(RecordsEnvironment.USERS_TABLE);
        DailySheets sheets = new DailySheets(
                new DynamoDbSubmissionStore(dynamoDb, settings.require(RecordsEnvironment.CHECKLISTS_TABLE), cursors),
                new DynamoDbUserStore(dynamoDb, usersTable, cursors), RulePacks.shipped(), zone, clock);
        DynamoDbSiteStore sites = new DynamoDbSiteStore(dynamoDb, usersTable);
        S3Settings s3 = S3Settings.of(env.variables());
        S3SheetArchive archive = new S3SheetArchive(S3Clients.create(s3).client(),
                s3.require(RecordsEnvironment.BACKUPS_BUCKET));
        return new ArchiveClosedDays(sites, sheets, new DailySheetPdf(zone), archive, zone, clock);
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        in.readAllBytes();
        String sites = String.join("\",\"", job.archiveYesterday());
        out.write(("{\"archived\":[" + (sites.isEmpty() ? "" : "\"" + sites + "\"") + "]}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
