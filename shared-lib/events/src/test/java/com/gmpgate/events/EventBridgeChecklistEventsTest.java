package com.gmpgate.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.fakes.AwsJsonStub;
import com.gmpgate.fakes.AwsJsonStub.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The real SDK client against a stand-in that answers PutEvents as EventBridge does. */
class EventBridgeChecklistEventsTest {

    AwsJsonStub stub;
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        if (stub != null) {
            stub.close();
        }
    }

    EventBridgeChecklistEvents publisher() {
        EventBridgeClient client = EventBridgeClient.builder()
                .endpointOverride(stub.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
        return new EventBridgeChecklistEvents(client, "gmp-hygiene-gate-dev");
    }

    static Reply accepted() {
        var json = AwsJsonStub.json();
        var body = json.createObjectNode().put("FailedEntryCount", 0);
        body.putArray("Entries").addObject().put("EventId", "11710aed-b79e-4468-a20b-bb3c0c3b4860");
        return Reply.ok(body);
    }

    @Test
    void publish_putsOneEntryOnTheStacksBus_withTheSameDetailAsLocally() throws Exception {
        stub = new AwsJsonStub((operation, request) -> accepted());

        publisher().publish(Events.failed());

        assertThat(stub.calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("PutEvents");
            var entry = call.body().get("Entries").get(0);
            assertThat(entry.get("EventBusName").asText()).isEqualTo("gmp-hygiene-gate-dev");
            assertThat(entry.get("Source").asText()).isEqualTo("gmp.checklist");
            assertThat(entry.get("DetailType").asText()).isEqualTo("ChecklistEvaluated");
            assertThat(entry.get("Detail").asText())
                    .isEqualTo(ChecklistEventJson.toBusEvent(Events.failed()).detail());
        });
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aRefusedEntry_isLoggedWithTheEventsIds_notThrown() {
        stub = new AwsJsonStub((operation, request) -> {
            var json = AwsJsonStub.json();
            var body = json.createObjectNode().put("FailedEntryCount", 1);
            body.putArray("Entries").addObject().put("ErrorCode", "InternalFailure").put("ErrorMessage", "try later");
            return Reply.ok(body);
        });

        publisher().publish(Events.failed());

        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("event not delivered", "sub-1", "InternalFailure");
    }

    @Test
    void anUnreachableBus_afterTheSdksRetries_isLogged_notThrown() {
        stub = new AwsJsonStub((operation, request) -> Reply.error(500, "InternalException", "boom"));

        publisher().publish(Events.failed());

        assertThat(stub.calls()).hasSizeGreaterThan(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("event not delivered", "sub-1");
    }
}
