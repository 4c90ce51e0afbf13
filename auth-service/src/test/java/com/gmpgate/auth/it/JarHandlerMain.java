package com.gmpgate.auth.it;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;

/**
 * Runs a handler in a JVM of its own as Lambda would: built by its no-arg constructor from the process environment,
 * one event from stdin, the reply on stdout; a refusal's message on stderr and exit code 2. AuthorizerJarIT starts it
 * over authorizer.jar, so that every class but this one comes from the jar.
 */
public final class JarHandlerMain {

    private JarHandlerMain() {
    }

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getConstructor().newInstance();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        try {
            handler.handleRequest(System.in, reply, null);
        } catch (RuntimeException e) {
            System.err.println("refused: " + e.getMessage());
            System.exit(2);
        }
        System.out.write(reply.toByteArray());
        System.out.flush();
    }
}
