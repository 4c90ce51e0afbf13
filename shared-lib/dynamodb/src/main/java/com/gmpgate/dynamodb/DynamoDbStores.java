package com.gmpgate.dynamodb;

import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.AttemptCounter;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.DeliveryLedger;
import com.gmpgate.port.LiveConnections;
import com.gmpgate.port.OutbreakLedger;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.PushSubscriptions;
import com.gmpgate.port.SessionStore;
import com.gmpgate.port.SubmissionStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.port.WorkerDepartments;
import com.gmpgate.port.WorkerDayStore;
import java.time.ZoneId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB adapters of one function over one client. A service's wiring makes one instance from the
 * function's environment, once per execution environment, and asks for the stores it uses:
 * <pre>{@code
 * DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
 * DynamoDbStores stores = new DynamoDbStores(settings, DynamoDbClients.create(settings));
 * new SubmitChecklist(stores.submissions(), stores.passes(), ...);
 * }</pre>
 * Each store needs only its own table's variable (and {@code GMP_CURSOR_SECRET} if it lists).
 */
public final class DynamoDbStores {

    private final DynamoDbSettings settings;
    private final DynamoDbClient client;
    private CursorCodec cursors;

    public DynamoDbStores(DynamoDbSettings settings, DynamoDbClient client) {
        this.settings = settings;
        this.client = client;
    }

    public DynamoDbClient client() {
        return client;
    }

    public UserStore users() {
        return new DynamoDbUserStore(client, settings.require(DynamoDbSettings.USERS_TABLE), cursors());
    }

    /** The workers' registered phones (UsersTable, DEVICE# items). */
    public DynamoDbDeviceStore devices() {
        return new DynamoDbDeviceStore(client, settings.require(DynamoDbSettings.USERS_TABLE));
    }

    /** The login throttle's counters (in SessionsTable): logins, and password re-entries that sign decisions. */
    public AttemptCounter attempts() {
        return new DynamoDbAttemptCounter(client, settings.require(DynamoDbSettings.SESSIONS_TABLE));
    }

    /** The audit trail (append-only): user administration and signed decisions. */
    public AuditTrail auditTrail() {
        return new DynamoDbAuditTrail(client, settings.require(DynamoDbSettings.AUDIT_TABLE), cursors(),
                settings.retention().records());
    }

    public SessionStore sessions() {
        return new DynamoDbSessionStore(client, settings.require(DynamoDbSettings.SESSIONS_TABLE));
    }

    public SubmissionStore submissions() {
        return new DynamoDbSubmissionStore(client, settings.require(DynamoDbSettings.CHECKLISTS_TABLE), cursors(),
                java.time.Clock.systemUTC(), settings.retention().records());
    }

    public AnalysisStore analyses() {
        ZoneId zone = settings.optional(DynamoDbSettings.SITE_TIME_ZONE).map(ZoneId::of)
                .orElse(DynamoDbAnalysisStore.DEFAULT_SITE_ZONE);
        return new DynamoDbAnalysisStore(client, settings.require(DynamoDbSettings.ANALYSES_TABLE), zone,
                settings.retention());
    }

    public PassStore passes() {
        return new DynamoDbPassStore(client, settings.require(DynamoDbSettings.PASSES_TABLE));
    }

    public AccessLogStore accessLog() {
        return new DynamoDbAccessLogStore(client, settings.require(DynamoDbSettings.ACCESS_LOGS_TABLE), cursors(),
                settings.retention().records());
    }

    public PresenceStore presence() {
        return new DynamoDbPresenceStore(client, settings.require(DynamoDbSettings.PRESENCE_TABLE));
    }

    public DeliveryLedger deliveries() {
        return new DynamoDbDeliveryLedger(client, settings.require(DynamoDbSettings.NOTIFICATIONS_TABLE));
    }

    public LiveConnections liveConnections() {
        return new DynamoDbLiveConnections(client, settings.require(DynamoDbSettings.LIVE_CONNECTIONS_TABLE));
    }

    public PushSubscriptions pushSubscriptions() {
        return new DynamoDbPushSubscriptions(client, settings.require(DynamoDbSettings.PUSH_SUBSCRIPTIONS_TABLE));
    }

    public WorkerDepartments workerDepartments() {
        return new DynamoDbWorkerDepartments(client, settings.require(DynamoDbSettings.USERS_TABLE));
    }

    public OutbreakLedger outbreaks() {
        return new DynamoDbOutbreakLedger(client, settings.require(DynamoDbSettings.NOTIFICATIONS_TABLE));
    }

    public WorkerDayStore workerDays() {
        return new DynamoDbWorkerDayStore(client, settings.require(DynamoDbSettings.WORKER_DAYS_TABLE));
    }

    private synchronized CursorCodec cursors() {
        if (cursors == null) {
            cursors = CursorCodec.ofSecret(settings.require(DynamoDbSettings.CURSOR_SECRET));
        }
        return cursors;
    }
}
