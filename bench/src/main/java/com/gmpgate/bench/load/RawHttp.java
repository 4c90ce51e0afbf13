package com.gmpgate.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket, TCP_NODELAY on, optionally from a given loopback
 * address. Enough HTTP for local-api's replies (Content-Length or chunked); no TLS, no redirects. A connection that
 * fails is reopened on the next request.
 */
final class RawHttp implements AutoCloseable {

    /** One request, ready to write but for the Host and Content-Length lines. */
    record Request(String method, String path, String headers, byte[] body) {
        static Request get(String path, String headers) {
            return new Request("GET", path, headers, new byte[0]);
        }

        static Request post(String path, String headers, String json) {
            return new Request("POST", path, headers + "Content-Type: application/json\r\n",
                    json.getBytes(StandardCharsets.UTF_8));
        }
    }

    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final InetSocketAddress server;
    private final InetAddress from;
    private final String host;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(InetSocketAddress server, InetAddress from) {
        this.server = server;
        this.from = from;
        this.host = server.getHostString() + ":" + server.getPort();
    }

    Response send(Request request) throws IOException {
        try {
            return exchange(request);
        } catch (IOException first) {
            // the server may have closed an idle keep-alive connection: one fresh attempt
            close();
            return exchange(request);
        }
    }

    private Response exchange(Request request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(server, 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        StringBuilder head = new StringBuilder(256 + request.headers().length())
                .append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n").append(request.headers());
        if (request.body().length > 0 || request.method().equals("POST")) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[headBytes.length + request.body().length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(request.body(), 0, whole, headBytes.length, request.body().length);
        out.write(whole); // one write: one segment for small requests
        out.flush();
        return read();
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP reply: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                all.write(in.readNBytes(size));
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
            body = all.toByteArray();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new IOException("reply cut short");
            }
        } else {
            body = in.readAllBytes();
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(status, body);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
