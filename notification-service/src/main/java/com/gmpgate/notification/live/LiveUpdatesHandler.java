package com.gmpgate.notification.live;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.gmpgate.api.Env;
import com.gmpgate.notification.alerts.ChecklistEventEnvelope;
import com.gmpgate.notification.application.LiveUpdates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * LiveUpdatesFunction: {@code LiveUpdatesRule} (every ChecklistEvaluated, submissions and reviews) invokes it with
 * the EventBridge event; it posts the update to every open admin socket of the event's site.
 */
public final class LiveUpdatesHandler implements RequestStreamHandler {

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
        ChecklistEventEnvelope envelope = ChecklistEventEnvelope.read(in);
        int delivered = live.fanOut(envelope.event());
        System.out.println("{\"level\":\"INFO\",\"message\":\"live update sent\",\"eventId\":\"" + envelope.id()
                + "\",\"siteId\":\"" + envelope.event().siteId() + "\",\"sockets\":" + delivered + "}");
    }
}
