package com.gmpgate.notification.push;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.gmpgate.api.Env;
import com.gmpgate.notification.alerts.ChecklistEventEnvelope;
import com.gmpgate.notification.application.WorkerNotices;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * WorkerPushFunction: {@code WorkerPushRule} (ChecklistEvaluated of a review) invokes it with the EventBridge event;
 * it pushes the decision to the worker's browsers that allowed notifications.
 */
public final class WorkerPushHandler implements RequestStreamHandler {

    private final WorkerNotices notices;

    public WorkerPushHandler() {
        this(Env.system());
    }

    public WorkerPushHandler(Env env) {
        this(PushWiring.sender(env));
    }

    public WorkerPushHandler(WorkerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        ChecklistEventEnvelope envelope = ChecklistEventEnvelope.read(in);
        int delivered = notices.tell(envelope.event());
        System.out.println("{\"level\":\"INFO\",\"message\":\"worker push sent\",\"eventId\":\"" + envelope.id()
                + "\",\"browsers\":" + delivered + "}");
    }
}
