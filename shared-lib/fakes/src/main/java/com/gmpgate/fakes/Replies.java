package com.gmpgate.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** What a test reads from the body of a handler's reply: its JSON, and the code of a refusal. */
public final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    /** The body as JSON; a body that is not JSON fails the test, showing it. */
    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    /** The error envelope's {@code error.code}; empty for a reply that is no refusal. */
    public static String errorCode(String body) {
        return json(body).path("error").path("code").asText();
    }
}
