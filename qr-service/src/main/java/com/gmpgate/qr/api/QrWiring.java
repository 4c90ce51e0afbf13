package com.gmpgate.qr.api;

import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.api.Lazy;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbAccessLogStore;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbDeviceStore;
import com.gmpgate.dynamodb.DynamoDbPassStore;
import com.gmpgate.dynamodb.DynamoDbPresenceStore;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.dynamodb.DynamoDbWorkerDayStore;
import com.gmpgate.events.EventPublishers;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.GateDesk;
import com.gmpgate.crypto.KeyRingSource;
import com.gmpgate.keys.ReloadingKeyRing;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.PassStore;
import com.gmpgate.qr.QrEnvironment;
import com.gmpgate.qr.application.PassService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Builds QrFunction's collaborators from its environment, once per execution environment. Every missing variable
 * fails here, at start, with its name. The pass keys are read at start ({@code GET /v1/qr/keys} needs nothing else);
 * the DynamoDB client, the stores and the event publisher are built by the first route that uses them, so the keys
 * route (a public, cacheable JWKS) does not pay their cold start.
 */
record QrWiring(Lazy<Routes> routes, KeyRingSource keys, Clock clock, CorsPolicy cors) {

    static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");

    /** What every route but the keys needs: the stores behind them. */
    record Routes(PassService passes, GateCheck gate, GateDesk desk) {
    }

    static QrWiring from(Env env) {
        Clock clock = Clock.systemUTC();
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        String passesTable = settings.require(QrEnvironment.PASSES_TABLE);
        String presenceTable = settings.require(QrEnvironment.PRESENCE_TABLE);
        String accessLogsTable = settings.require(QrEnvironment.ACCESS_LOGS_TABLE);
        String usersTable = settings.require(QrEnvironment.USERS_TABLE);
        String workerDaysTable = settings.require(QrEnvironment.WORKER_DAYS_TABLE);
        ZoneId siteZone = env.optional(QrEnvironment.SITE_TIME_ZONE).map(ZoneId::of).orElse(DEFAULT_SITE_ZONE);
        StaticPasses staticPasses = StaticPasses.parse(env.optional(QrEnvironment.STATIC_PASS_SITES).orElse(""));
        EventPublishers.checkSettings(env.variables());
        KeyRingSource keys = new ReloadingKeyRing(() -> PassKeys.forVerifying(env.variables()), clock);
        Lazy<Routes> routes = Lazy.of(() -> {
            var dynamoDb = DynamoDbClients.create(settings);
            PassStore passStore = new DynamoDbPassStore(dynamoDb, passesTable);
            var presence = new DynamoDbPresenceStore(dynamoDb, presenceTable);
            var log = new DynamoDbAccessLogStore(dynamoDb, accessLogsTable, neverListing());
            var users = new DynamoDbUserStore(dynamoDb, usersTable, neverListing());
            GateCheck gate = new GateCheck(keys, PassKeys.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY, passStore,
                    new DynamoDbWorkerDayStore(dynamoDb, workerDaysTable), presence, log, users,
                    new DynamoDbDeviceStore(dynamoDb, usersTable), staticPasses, siteZone, clock,
                    () -> UUID.randomUUID().toString(), EventPublishers.gate(env.variables()));
            GateDesk desk = new GateDesk(gate, passStore, presence, log, users, siteZone, clock,
                    () -> UUID.randomUUID().toString());
            return new Routes(new PassService(passStore, clock), gate, desk);
        });
        return new QrWiring(routes, keys, clock, CorsPolicy.from(env));
    }

    /** QrFunction appends to the log and reads users by id but lists neither, so it holds no cursor secret. */
    private static CursorCodec neverListing() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new CursorCodec(secret);
    }
}
