package com.gmpgate.local.sam;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code AWS::Serverless::Function} with {@code Globals.Function} applied and its environment resolved.
 *
 * @param handler as the template writes it: {@code com.example.Handler} or {@code com.example.Handler::method}
 * @param environment {@code Globals.Function.Environment} merged with the function's own, intrinsics evaluated
 */
public record SamFunction(String logicalId, String functionName, String handler, String codeUri, Duration timeout,
        int memoryMb, Map<String, String> environment, List<EventRule> rules) {

    public SamFunction {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(timeout, "timeout");
        environment = Map.copyOf(environment);
        rules = List.copyOf(rules);
    }

    /** The class part of {@link #handler()}. */
    public String handlerClass() {
        int colons = handler.indexOf("::");
        return colons < 0 ? handler : handler.substring(0, colons);
    }

    /** The method part of {@link #handler()}; {@code handleRequest} when the template names only the class. */
    public String handlerMethod() {
        int colons = handler.indexOf("::");
        return colons < 0 ? "handleRequest" : handler.substring(colons + 2);
    }
}
