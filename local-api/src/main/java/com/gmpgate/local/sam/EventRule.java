package com.gmpgate.local.sam;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An EventBridge rule that invokes a function: an {@code EventBridgeRule} (or {@code CloudWatchEvent}) event of
 * the function, or an {@code AWS::Events::Rule} resource whose target is the function.
 *
 * @param pattern the event pattern, intrinsics evaluated
 * @param eventBusName the bus the rule listens on ({@code default} unless the template names one)
 * @param input a constant JSON input replacing the event, when the target sets one
 */
public record EventRule(String name, String functionId, Map<String, Object> pattern, String eventBusName,
        Optional<String> input) {

    public EventRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(functionId, "functionId");
        pattern = Map.copyOf(pattern);
        Objects.requireNonNull(eventBusName, "eventBusName");
        Objects.requireNonNull(input, "input");
    }
}
