package com.gmpgate.qr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.qr.QrEnvironment;
import com.gmpgate.qr.QrTestKit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QrFunction's production wiring: what is built at start (the pass keys, every variable checked) and what waits for
 * the first route that needs it (the DynamoDB client, the stores, the signer, the event publisher).
 */
class QrWiringTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(QrEnvironment.DATA_DIR, dataDir.toString());
        // nothing listens here: no test below may need an answer from DynamoDB
        env.put(DynamoDbSettings.ENDPOINT, "http://127.0.0.1:9");
        env.put(QrEnvironment.PASSES_TABLE, "passes");
        env.put(QrEnvironment.PRESENCE_TABLE, "presence");
        env.put(QrEnvironment.ACCESS_LOGS_TABLE, "access-logs");
        env.put(QrEnvironment.USERS_TABLE, "users");
        env.put(QrEnvironment.WORKER_DAYS_TABLE, "worker-days");
        env.put(QrEnvironment.SESSIONS_TABLE, "sessions");
        env.put(QrEnvironment.AUDIT_TABLE, "audit");
        return env;
    }

    @Test
    void keysRoute_answers_withoutBuildingTheStores() throws Exception {
        QrWiring wiring = QrWiring.from(Env.of(env()));
        QrApiHandler handler = new QrApiHandler(wiring);

        ApiResponse keys = handler.dispatcher().handle(RestEvent.get("/v1/qr/keys").bytes(), new FakeLambdaContext());

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.body()).startsWith("{\"keys\":[{");
        assertThat(wiring.routes().isBuilt()).isFalse();
    }

    @Test
    void aRouteThatReadsPasses_buildsTheStores_once() throws Exception {
        QrWiring wiring = QrWiring.from(Env.of(env()));
        QrApiHandler handler = new QrApiHandler(wiring);
        RestEvent current = QrTestKit.asWorker(RestEvent.get("/v1/qr/passes/current"), "w-kim");

        // the read itself fails (nothing listens at the endpoint); the stores behind it were built for it
        handler.dispatcher().handle(current.bytes(), new FakeLambdaContext());
        assertThat(wiring.routes().isBuilt()).isTrue();
        QrWiring.Routes first = wiring.routes().get();
        handler.dispatcher().handle(current.bytes(), new FakeLambdaContext());

        assertThat(wiring.routes().get()).isSameAs(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {QrEnvironment.PASSES_TABLE, QrEnvironment.PRESENCE_TABLE, QrEnvironment.ACCESS_LOGS_TABLE,
            QrEnvironment.USERS_TABLE, QrEnvironment.WORKER_DAYS_TABLE, QrEnvironment.SESSIONS_TABLE,
            QrEnvironment.AUDIT_TABLE})
    void aMissingTable_failsAtStart_withItsName_evenThoughTheStoresWait(String table) {
        Map<String, String> env = env();
        env.remove(table);

        assertThatThrownBy(() -> QrWiring.from(Env.of(env))).hasMessageContaining(table);
    }

    @Test
    void aMissingEventBus_failsAtStart_inAws() {
        Map<String, String> env = env();
        env.remove(QrEnvironment.DATA_DIR);
        env.put(DynamoDbSettings.REGION, "ap-northeast-2");
        env.put(QrEnvironment.PASS_KEYS_SECRET, "gmp-pass-keys");

        assertThatThrownBy(() -> QrWiring.from(Env.of(env))).hasMessageContaining(QrEnvironment.EVENT_BUS_NAME);
    }
}
