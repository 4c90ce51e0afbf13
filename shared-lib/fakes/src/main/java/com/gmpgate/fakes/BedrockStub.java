package com.gmpgate.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A local HTTP server that answers as Bedrock Runtime does, from recorded replies: status, headers and body as
 * captured (see com/gmpgate/fakes/bedrock/README.md). Replies are served in order; the last one repeats. Every
 * request is kept so tests can check what went over the wire.
 */
public final class BedrockStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JDK server sets these itself; a re-indented recording's Content-Length would be wrong anyway. */
    private static final Set<String> SKIPPED = Set.of("content-length", "connection", "transfer-encoding", "date");

    public record Reply(int status, Map<String, List<String>> headers, byte[] body, Duration delay) {
        public Reply delayed(Duration by) {
            return new Reply(status, headers, body, by);
        }
    }

    public record Recorded(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final LoopbackServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();

    public BedrockStub() {
        server = new LoopbackServer(this::answer);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public synchronized BedrockStub replies(Reply... next) {
        replies.clear();
        replies.addAll(List.of(next));
        return this;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** A recorded pair: {@code <name>.response-body.json} with {@code <meta>.response-meta.json}. */
    public static Reply recorded(String bodyName, String metaName) {
        JsonNode meta = json(metaName + ".response-meta.json");
        return new Reply(meta.get("status").asInt(), headers(meta.get("headers")), bytes(bodyName + ".response-body.json"),
                Duration.ZERO);
    }

    public static Reply recorded(String name) {
        return recorded(name, name);
    }

    /** A constructed reply: one file with status, headers and body. */
    public static Reply constructed(String name) {
        JsonNode file = json("constructed/" + name + ".json");
        try {
            return new Reply(file.get("status").asInt(), headers(file.get("headers")),
                    JSON.writeValueAsBytes(file.get("body")), Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> headers(JsonNode node) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            List<String> values = new ArrayList<>();
            if (header.getValue().isArray()) {
                header.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(header.getValue().asText());
            }
            headers.put(header.getKey(), values);
        }
        return headers;
    }

    private void answer(HttpExchange exchange) throws IOException {
        Reply reply;
        synchronized (this) {
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            reply = replies.size() > 1 ? replies.poll() : replies.peek();
        }
        try (exchange) {
            if (reply == null) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private static JsonNode json(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = BedrockStub.class.getResourceAsStream("bedrock/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture com/gmpgate/fakes/bedrock/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
