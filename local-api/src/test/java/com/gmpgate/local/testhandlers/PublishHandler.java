package com.gmpgate.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.gmpgate.events.BusEvent;
import com.gmpgate.events.InProcessEventBus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Publishes {@code {"verdict": <query verdict>}} as a gmp.test / Screened event, as a service does locally. */
public final class PublishHandler implements RequestStreamHandler {

    public PublishHandler(Map<String, String> environment) {
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        String event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String verdict = event.contains("FAIL") ? "FAIL" : "PASS"; // the body sits escaped inside the event
        InProcessEventBus.local().publish(new BusEvent("gmp.test", "Screened",
                "{\"verdict\":\"" + verdict + "\",\"temperature\":38.2}", Instant.now()));
        out.write("{\"statusCode\":202,\"body\":\"\"}".getBytes(StandardCharsets.UTF_8));
    }
}
