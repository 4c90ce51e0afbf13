package com.gmpgate.notification.alerts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.api.Env;
import com.gmpgate.api.Priming;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.messaging.SnsPriming;
import com.gmpgate.notification.application.AlertOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;

/**
 * NotificationFunction: {@code ChecklistAlertRule} (FAIL and PENDING_REVIEW on the stack's bus) invokes it
 * asynchronously with the EventBridge event. It alerts the site's supervisors once per event and watches for
 * outbreaks; what it cannot do is thrown, so Lambda retries and then hands the event to the dead-letter queue.
 */
public final class ChecklistAlertHandler implements RequestStreamHandler {

    private static final JsonFactory JSON = new JsonFactory();

    private final NotificationWiring use;

    /** Lambda's entry: real adapters from the environment, built once per execution environment. */
    public ChecklistAlertHandler() {
        this(Env.system());
        // clients only: a synthetic checklist event would send a real alert
        Priming.register("NotificationFunction", this, List.of(DynamoDbPriming::prime, SnsPriming::prime));
    }

    /** local-api's entry: the function's environment from template.yaml. */
    public ChecklistAlertHandler(Env env) {
        this(NotificationWiring.from(env));
    }

    /** Tests: the use case over any ports. */
    public ChecklistAlertHandler(NotificationWiring wiring) {
        this.use = wiring;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        ChecklistEventEnvelope envelope = ChecklistEventEnvelope.read(in);
        AlertOutcome outcome = use.alerts().handle(envelope.id(), envelope.event());
        System.out.println(logLine(envelope, outcome));
    }

    /** Ids and outcome only: the verdict is all the health data the log may hold. */
    private static String logLine(ChecklistEventEnvelope envelope, AlertOutcome outcome) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("level", "INFO");
            json.writeStringField("message", "checklist event handled");
            json.writeStringField("eventId", envelope.id());
            json.writeStringField("submissionId", envelope.event().submissionId());
            json.writeStringField("siteId", envelope.event().siteId());
            json.writeStringField("verdict", envelope.event().verdict().name());
            json.writeStringField("verdictAlert", outcome.verdictAlert().name());
            json.writeBooleanField("outbreakAlert", outcome.outbreakAlert());
            json.writeEndObject();
        }
        return line.toString();
    }
}
