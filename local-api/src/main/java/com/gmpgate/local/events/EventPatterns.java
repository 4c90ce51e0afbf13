package com.gmpgate.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * EventBridge's event pattern matching: every field of the pattern must match the event; a list of values
 * matches when the event's value (or any element of an event array) equals one of them or satisfies one of the
 * content filters {@code prefix}, {@code suffix}, {@code anything-but}, {@code exists}, {@code numeric},
 * {@code equals-ignore-case}; a nested object matches the nested event object field by field.
 */
public final class EventPatterns {

    private EventPatterns() {
    }

    public static boolean matches(Map<String, Object> pattern, JsonNode event) {
        for (Map.Entry<String, Object> field : pattern.entrySet()) {
            JsonNode value = event == null ? null : event.get(field.getKey());
            if (!matchesField(field.getValue(), value)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean matchesField(Object pattern, JsonNode value) {
        if (pattern instanceof Map<?, ?> nested) {
            return value != null && value.isObject() && matches((Map<String, Object>) nested, value);
        }
        if (!(pattern instanceof List<?> alternatives)) {
            return false; // a pattern's leaves are always lists
        }
        for (Object alternative : alternatives) {
            if (alternative instanceof Map<?, ?> filter && filter.size() == 1
                    && filter.keySet().iterator().next().equals("exists")) {
                boolean wanted = Boolean.TRUE.equals(filter.values().iterator().next());
                if (wanted == (value != null && !value.isNull())) {
                    return true;
                }
                continue;
            }
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
                    if (matchesValue(alternative, it.next())) {
                        return true;
                    }
                }
            } else if (matchesValue(alternative, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesValue(Object alternative, JsonNode value) {
        if (alternative == null) {
            return value.isNull();
        }
        if (alternative instanceof String text) {
            return value.isTextual() && value.asText().equals(text);
        }
        if (alternative instanceof Number number) {
            return value.isNumber() && value.decimalValue().compareTo(new java.math.BigDecimal(number.toString())) == 0;
        }
        if (alternative instanceof Boolean bool) {
            return value.isBoolean() && value.asBoolean() == bool;
        }
        if (alternative instanceof Map<?, ?> filter && filter.size() == 1) {
            String kind = String.valueOf(filter.keySet().iterator().next());
            Object argument = filter.values().iterator().next();
            String text = value.isTextual() ? value.asText() : null;
            return switch (kind) {
                case "prefix" -> text != null && text.startsWith(String.valueOf(argument));
                case "suffix" -> text != null && text.endsWith(String.valueOf(argument));
                case "equals-ignore-case" -> text != null && text.equalsIgnoreCase(String.valueOf(argument));
                case "anything-but" -> argument instanceof List<?> list
                        ? list.stream().noneMatch(a -> matchesValue(a, value))
                        : !matchesValue(argument, value);
                case "numeric" -> value.isNumber() && argument instanceof List<?> conditions && numeric(conditions,
                        value.asDouble());
                default -> throw new IllegalArgumentException("event pattern filter " + kind
                        + " is not supported by the local runtime");
            };
        }
        return false;
    }

    private static boolean numeric(List<?> conditions, double value) {
        for (int i = 0; i + 1 < conditions.size(); i += 2) {
            double bound = Double.parseDouble(String.valueOf(conditions.get(i + 1)));
            boolean ok = switch (String.valueOf(conditions.get(i))) {
                case "<" -> value < bound;
                case "<=" -> value <= bound;
                case "=" -> value == bound;
                case ">" -> value > bound;
                case ">=" -> value >= bound;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
