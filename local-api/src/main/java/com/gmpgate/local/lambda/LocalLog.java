package com.gmpgate.local.lambda;

import java.io.PrintStream;

/**
 * Where local-api writes: one line per HTTP request, plus what the functions log through their context and
 * local-api's own notices. Lines are whole (no interleaving mid-line between threads).
 */
public final class LocalLog {

    private final PrintStream out;

    public LocalLog(PrintStream out) {
        this.out = out;
    }

    public static LocalLog stdout() {
        return new LocalLog(System.out);
    }

    public void request(String method, String path, int status, long millis) {
        line(method + " " + path + " " + status + " " + millis + "ms");
    }

    public void info(String message) {
        line("local-api: " + message);
    }

    public void function(String functionId, String message) {
        String text = message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
        line("[" + functionId + "] " + text);
    }

    public void error(String message, Throwable thrown) {
        synchronized (out) {
            out.println("local-api: " + message);
            if (thrown != null) {
                thrown.printStackTrace(out);
            }
            out.flush();
        }
    }

    private void line(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
