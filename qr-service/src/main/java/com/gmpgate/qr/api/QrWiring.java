package com.gmpgate.qr.api;

import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.api.Lazy;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbAccessLogStore;
import com.gmpgate.dynamodb.DynamoDbAttemptCounter;
import com.gmpgate.dynamodb.DynamoDbAuditTrail;
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
import com.gmpgate.keys.KeyRingStore;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.PassStore;
import com.gmpgate.qr.QrEnvironment;
import com.gmpgate.qr.application.PassService;
import com.gmpgate.qr.application.RosterService;
import com.gmpgate.qr.application.SignedGateDesk;
import com.gmpgate.qr.application.Signer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds QrFunction's collaborators from its environment, once per execution environment. Every missing variable
 * fails here, at start, with its name. The pass keys are read at start ({@code GET /v1/qr/keys} needs nothing else);
 * the DynamoDB client, the stores, the signer and the event publisher are built by the first route that uses them
 * ({@link Lazy}), so the keys route — a public, cacheable JWKS — does not pay their cold start.
 */
record QrWiring(Lazy<Routes> routes, KeyRingSource keys, ClientAddress clientAddress, Clock clock, CorsPolicy cors) {

    static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");

    /** What every route but the keys needs: the use cases over the stores; {@code roster} null in tests without one. */
    record Routes(PassService passes, GateCheck gate, SignedGateDesk desk, RosterService roster) {
    }

    static QrWiring from(Env env) {
        Clock clock = Clock.systemUTC();
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        // every name is read now, so a missing one fails the start, not the first gate scan
        String passesTable = settings.require(QrEnvironment.PASSES_TABLE);
        String presenceTable = settings.require(QrEnvironment.PRESENCE_TABLE);
        String accessLogsTable = settings.require(QrEnvironment.ACCESS_LOGS_TABLE);
        String usersTable = settings.require(QrEnvironment.USERS_TABLE);
        String workerDaysTable = settings.require(QrEnvironment.WORKER_DAYS_TABLE);
        String sessionsTable = settings.require(QrEnvironment.SESSIONS_TABLE);
        String auditTable = settings.require(QrEnvironment.AUDIT_TABLE);
        ZoneId siteZone = env.optional(QrEnvironment.SITE_TIME_ZONE).map(ZoneId::of).orElse(DEFAULT_SITE_ZONE);
        StaticPasses staticPasses = StaticPasses.parse(env.optional(QrEnvironment.STATIC_PASS_SITES).orElse(""));
        EventPublishers.checkSettings(env.variables());
        KeyRingSource keys = new ReloadingKeyRing(() -> PassKeys.forVerifying(env.variables()), clock);
        Lazy<Routes> routes = Lazy.of(() -> {
            var dynamoDb = DynamoDbClients.create(settings);
            PassStore passStore = new DynamoDbPassStore(dynamoDb, passesTable);
            var presence = new DynamoDbPresenceStore(dynamoDb, presenceTable);
            var log = new DynamoDbAccessLogStore(dynamoDb, accessLogsTable, neverListing(),
                    settings.retention().records());
            var users = new DynamoDbUserStore(dynamoDb, usersTable, neverListing());
            var days = new DynamoDbWorkerDayStore(dynamoDb, workerDaysTable);
            var devices = new DynamoDbDeviceStore(dynamoDb, usersTable);
            GateCheck gate = new GateCheck(keys, PassKeys.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY, passStore, days,
                    presence, log, users, devices, staticPasses, siteZone, clock,
                    () -> UUID.randomUUID().toString(), EventPublishers.gate(env.variables()));
            GateDesk desk = new GateDesk(gate, passStore, presence, log, users, siteZone, clock,
                    () -> UUID.randomUUID().toString());
            // revocations, manual entries and corrections are signed with the signer's login password, checked and
            // locked exactly as a login checks it; the signatures go to the append-only audit trail
            SecureRandom random = new SecureRandom();
            Signer signer = new Signer(new PasswordReentry(users,
                    new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, random),
                    new LoginThrottle(new DynamoDbAttemptCounter(dynamoDb, sessionsTable))),
                    new DynamoDbAuditTrail(dynamoDb, auditTable, neverListing(), settings.retention().records()),
                    clock);
            RosterService roster = new RosterService(users, passStore, days, devices, rosterKeys(env, clock),
                    staticPasses, PassKeys.ISSUER, siteZone, clock);
            return new Routes(new PassService(passStore, signer, clock, staticPasses), gate,
                    new SignedGateDesk(desk, signer), roster);
        });
        return new QrWiring(routes, keys, ClientAddress.from(env), clock, CorsPolicy.from(env));
    }

    /**
     * The pass ring with its private key, to sign rosters: read at the first roster request, not at every cold start
     * (a failed read is tried again by the next request).
     */
    private static KeyRingSource rosterKeys(Env env, Clock clock) {
        AtomicReference<ReloadingKeyRing> ring = new AtomicReference<>();
        return () -> {
            ReloadingKeyRing loaded = ring.get();
            if (loaded == null) {
                synchronized (ring) {
                    loaded = ring.get();
                    if (loaded == null) {
                        loaded = new ReloadingKeyRing(() -> KeyRingStore.PASSES.stored(env.variables()), clock);
                        ring.set(loaded);
                    }
                }
            }
            return loaded.current();
        };
    }

    /**
     * QrFunction lists no log or audit trail, and users only within one request (the roster pages through its site in
     * one go), so it holds no cursor secret: a cursor it makes is never handed out.
     */
    private static CursorCodec neverListing() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new CursorCodec(secret);
    }
}
