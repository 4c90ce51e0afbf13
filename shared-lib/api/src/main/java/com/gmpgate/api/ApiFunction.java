package com.gmpgate.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The shape of every API function: its routes in one {@link ApiDispatcher}, to which Lambda's entry hands each event
 * as it comes. A function states its routes (built in its constructor) and, in the no-arg constructor Lambda calls,
 * its SnapStart {@link Priming}:
 * <pre>{@code
 * public final class ThingApiHandler extends ApiFunction {
 *     private final ApiDispatcher api;
 *
 *     public ThingApiHandler() {
 *         this(Env.system());
 *         Priming.register("ThingFunction", this, List.of(DynamoDbPriming::prime), PRIMING_EVENT);
 *     }
 *     ...
 *     public ApiDispatcher dispatcher() { return api; }
 * }
 * }</pre>
 */
public abstract class ApiFunction implements RequestStreamHandler {

    @Override
    public final void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        dispatcher().handle(in, out, context);
    }

    /** The function's routes: what {@link #handleRequest} answers with, and what local-api and tests call. */
    public abstract ApiDispatcher dispatcher();
}
