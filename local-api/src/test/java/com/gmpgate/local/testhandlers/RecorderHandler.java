package com.gmpgate.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An EventBridge target: keeps every event it is invoked with. */
public final class RecorderHandler implements RequestStreamHandler {

    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    public RecorderHandler(Map<String, String> environment) {
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        RECEIVED.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
