package com.gmpgate.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bounds on what a client puts in a path or a query string, checked in one place before any route runs
 * ({@link ApiDispatcher}), so that an id of 3,000 characters is a 400 naming it and never reaches storage (a
 * DynamoDB key holds at most 1,024 bytes: past that the SDK throws, which was a 500).
 *
 * <ul>
 *   <li>every path parameter is an identifier: {@link #ID}, the shape of every id this API makes (UUIDs,
 *       {@code demo-site}, {@code srv-…});</li>
 *   <li>every query value is at most {@value #MAX_QUERY_VALUE} characters (a paging cursor's bound) without
 *       control characters; a query parameter that names a record is read with {@link ApiRequest#queryId}.</li>
 * </ul>
 * Body fields are each body's own to check ({@link Violations#id}).
 */
public final class Identifiers {

    public static final int MAX_ID_LENGTH = 128;
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1," + MAX_ID_LENGTH + "}");
    public static final String ID_RULE = "must be 1 to " + MAX_ID_LENGTH + " letters, digits, '_', '.', ':' or '-'.";
    public static final int MAX_QUERY_VALUE = 2048;

    private Identifiers() {
    }

    /** @throws ApiException 400 VALIDATION_FAILED naming every path parameter or query value out of bounds */
    static void check(ApiRequest request) {
        Violations v = new Violations();
        request.pathParameters().forEach((name, value) -> {
            if (!request.resource().contains("{" + name + "+}")) { // a greedy path is a path, not an id
                v.id(name, value);
            }
        });
        for (Map.Entry<String, List<String>> parameter : request.queryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                queryValue(v, parameter.getKey(), value);
            }
        }
        v.throwIfAny();
    }

    static void queryValue(Violations v, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_QUERY_VALUE) {
            v.add(name, "TOO_LONG", name + " must have at most " + MAX_QUERY_VALUE + " characters.");
        } else {
            v.printable(name, value);
        }
    }
}
