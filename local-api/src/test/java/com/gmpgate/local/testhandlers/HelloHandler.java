package com.gmpgate.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The function a test adds to a copy of template.yaml to show that the template alone decides what is served. */
public final class HelloHandler implements RequestStreamHandler {

    private final String stage;

    public HelloHandler(Map<String, String> environment) {
        this.stage = environment.getOrDefault("GMP_STAGE", "?");
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        in.readAllBytes();
        out.write(("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":\"{\\\"hello\\\":\\\"" + stage + "\\\"}\"}").getBytes(StandardCharsets.UTF_8));
    }
}
