package com.gmpgate.notification.live;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Env;
import com.gmpgate.notification.alerts.ChecklistEventEnvelope;
import com.gmpgate.notification.application.LiveUpdates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * LiveUpdatesFunction: its rules (every ChecklistEvaluated — submissions and reviews — and every GateScanned) invoke
 * it with the EventBridge event; it posts the update to every open admin socket of the event's site.
 */
public final class LiveUpdatesHandler implements RequestStreamHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveUpdates live;

    public LiveUpdatesHandler() {
        this(Env.system());
    }

    public LiveUpdatesHandler(Env env) {
        this(LiveWiring.from(env));
    }

    public LiveUpdatesHandler(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not an EventBridge event");
        }
        String id;
        String siteId;
        int delivered;
        if (GateEventEnvelope.isGateScan(root)) {
            GateEventEnvelope envelope = GateEventEnvelope.read(root);
            id = envelope.id();
            siteId = envelope.event().siteId();
            delivered = live.fanOut(envelope.event());
        } else {
            ChecklistEventEnvelope envelope = ChecklistEventEnvelope.read(root);
            id = envelope.id();
            siteId = envelope.event().siteId();
            delivered = live.fanOut(envelope.event());
        }
        System.out.println("{\"level\":\"INFO\",\"message\":\"live update sent\",\"eventId\":\"" + id
                + "\",\"siteId\":\"" + siteId + "\",\"sockets\":" + delivered + "}");
    }
}
