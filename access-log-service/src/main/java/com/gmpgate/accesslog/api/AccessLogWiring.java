package com.gmpgate.accesslog.api;

import com.gmpgate.accesslog.AccessLogEnvironment;
import com.gmpgate.accesslog.application.AccessLogQueries;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
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
import com.gmpgate.gate.OfflineSync;
import com.gmpgate.keys.ReloadingKeyRing;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Builds AccessLogFunction's collaborators from its environment, once per execution environment. Every missing
 * variable fails here, at start, with its name.
 */
record AccessLogWiring(AccessLogQueries queries, OfflineSync sync, Clock clock, CorsPolicy cors) {

    static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");

    static AccessLogWiring from(Env env) {
        Clock clock = Clock.systemUTC();
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        var dynamoDb = DynamoDbClients.create(settings);
        CursorCodec cursors = CursorCodec.ofSecret(settings.require(AccessLogEnvironment.CURSOR_SECRET));
        ZoneId siteZone = env.optional(AccessLogEnvironment.SITE_TIME_ZONE).map(ZoneId::of).orElse(DEFAULT_SITE_ZONE);
        AccessLogStore log = new DynamoDbAccessLogStore(dynamoDb,
                settings.require(AccessLogEnvironment.ACCESS_LOGS_TABLE), cursors, settings.retention().records());
        PresenceStore presence = new DynamoDbPresenceStore(dynamoDb,
                settings.require(AccessLogEnvironment.PRESENCE_TABLE));
        String usersTable = settings.require(AccessLogEnvironment.USERS_TABLE);
        UserStore users = new DynamoDbUserStore(dynamoDb, usersTable, cursors);
        GateCheck gate = new GateCheck(new ReloadingKeyRing(() -> PassKeys.forVerifying(env.variables()), clock),
                PassKeys.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY,
                new DynamoDbPassStore(dynamoDb, settings.require(AccessLogEnvironment.PASSES_TABLE)),
                new DynamoDbWorkerDayStore(dynamoDb, settings.require(AccessLogEnvironment.WORKER_DAYS_TABLE)),
                presence, log, users, new DynamoDbDeviceStore(dynamoDb, usersTable),
                StaticPasses.parse(env.optional(AccessLogEnvironment.STATIC_PASS_SITES).orElse("")), siteZone, clock,
                () -> UUID.randomUUID().toString(), EventPublishers.gate(env.variables()));
        return new AccessLogWiring(new AccessLogQueries(log, presence, users, siteZone, clock),
                new OfflineSync(gate, clock), clock, CorsPolicy.from(env));
    }
}
