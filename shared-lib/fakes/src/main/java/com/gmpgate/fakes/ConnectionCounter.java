package com.gmpgate.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local port that counts the connections made to it and closes each at once: point a client at it to see whether
 * it opens a socket at all (a SnapStart primer must not; the same client over its real HTTP client does, and fails
 * fast on the closed connection).
 */
public final class ConnectionCounter implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    private ConnectionCounter(ServerSocket server) {
        this.server = server;
        Thread accepting = new Thread(this::accept, "connection-counter");
        accepting.setDaemon(true);
        accepting.start();
    }

    public static ConnectionCounter start() {
        try {
            return new ConnectionCounter(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Connections accepted so far (each counted before it is closed, so before its client sees the close). */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                // closed: done
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
