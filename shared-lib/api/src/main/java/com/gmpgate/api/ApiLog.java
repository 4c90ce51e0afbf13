package com.gmpgate.api;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server-side error log: one JSON line per failure, with the request id the client was shown, so a report
 * quoting it leads here. The exception's message and stack stay in the log, never in a reply.
 */
final class ApiLog {

    private ApiLog() {
    }

    static void error(Context context, String requestId, String route, Throwable thrown) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("exception", thrown.getClass().getName());
        line.put("message", String.valueOf(thrown.getMessage()));
        StringWriter stack = new StringWriter();
        thrown.printStackTrace(new PrintWriter(stack));
        line.put("stack", stack.toString());
        String text = Json.write(line);
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(text + "\n");
        } else {
            System.err.println(text);
        }
    }
}
