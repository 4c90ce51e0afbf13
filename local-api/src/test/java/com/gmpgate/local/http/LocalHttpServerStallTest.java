package com.gmpgate.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.TestLocalApi;
import com.gmpgate.local.gateway.GatewayRequest;
import com.gmpgate.local.gateway.GatewayResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that stall — mid-body or mid-headers — cannot keep a normal request waiting, and are cut off after the
 * read timeout. Raw sockets, so the stalls are real; no assertion on how long anything took: the normal request
 * must complete while every stalled connection is still open, that is before any of them timed out.
 */
class LocalHttpServerStallTest {

    private static final int STALLED = 48;
    private final List<Socket> sockets = new ArrayList<>();
    private LocalHttpServer server;

    /** The API: echoes the body's length, as any route would answer once it has the body. */
    private final LocalHttpServer.Api echo = new LocalHttpServer.Api() {
        @Override
        public boolean serves(String rawPath) {
            return rawPath.startsWith("/v1/");
        }

        @Override
        public GatewayResponse handle(GatewayRequest request) {
            return new GatewayResponse(200, List.of(Map.entry("Content-Type", "text/plain")),
                    ("got " + request.body().length).getBytes(StandardCharsets.UTF_8));
        }
    };

    private void start(Duration readTimeout, int threads) throws IOException {
        server = LocalHttpServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024 * 1024,
                TestLocalApi.quiet(),
                new LocalHttpServer.Limits(readTimeout, threads, 64, 512, 0));
        server.serve(echo, List.of(), SecurityHeaders.none());
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    @Test
    void fortyEightConnectionsStalledMidBodyOrHeaders_doNotKeepANormalRequestWaiting() throws IOException {
        // fewer threads than stalled clients: a server that read each request on a pool thread would hang here
        start(Duration.ofMinutes(5), 8);
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            Socket socket = open();
            String request = i % 2 == 0
                    ? "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"a\":"
                    : "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Le"; // mid-headers
            send(socket, request);
            stalled.add(socket);
        }

        Socket normal = open();
        normal.setSoTimeout(60_000); // only so that a regression fails instead of hanging the build
        send(normal, "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        String answer = readAll(normal.getInputStream());

        assertThat(answer).startsWith("HTTP/1.1 200").endsWith("got 5");
        for (Socket socket : stalled) {
            assertThat(stillOpen(socket)).as("a stalled connection was still waiting when the normal one was served")
                    .isTrue();
        }
    }

    @Test
    void aBodyThatStopsComing_isCutOffAfterTheReadTimeout_with408() throws IOException {
        start(Duration.ofSeconds(1), 8);
        Socket socket = open();
        socket.setSoTimeout(60_000);
        send(socket, "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"a\":");

        String answer = readAll(socket.getInputStream());

        assertThat(answer).startsWith("HTTP/1.1 408");
    }

    @Test
    void headersThatStopComing_areCutOffAfterTheReadTimeout() throws IOException {
        start(Duration.ofSeconds(1), 8);
        Socket socket = open();
        socket.setSoTimeout(60_000);
        send(socket, "GET /v1/echo HTTP/1.1\r\nHost: x\r\nAcc");

        assertThat(socket.getInputStream().read()).as("closed by the server").isEqualTo(-1);
    }

    @Test
    void aNormalRequestWithABody_isAnswered_andTheConnectionKeptForTheNext() throws IOException {
        start(Duration.ofSeconds(30), 8);
        Socket socket = open();
        socket.setSoTimeout(60_000);
        send(socket, "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
        String first = readResponse(socket.getInputStream());
        send(socket, "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab");
        String second = readAll(socket.getInputStream());

        assertThat(first).startsWith("HTTP/1.1 200").endsWith("got 3");
        assertThat(second).startsWith("HTTP/1.1 200").endsWith("got 2");
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        sockets.add(socket);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** One response of a kept-alive connection: headers, then Content-Length bytes. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Neither data nor end of stream arrives at once: the server still holds the connection open. */
    private static boolean stillOpen(Socket socket) throws IOException {
        socket.setSoTimeout(20);
        try {
            socket.getInputStream().read(); // an answer (408) or the end: no longer waiting
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false; // reset
        }
    }
}
