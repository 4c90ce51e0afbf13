package com.gmpgate.api;

import com.gmpgate.port.PageRequest;
import java.util.List;
import java.util.Optional;

/** {@code ?cursor=…&limit=…} of list routes. */
public final class Paging {

    private Paging() {
    }

    /** @throws ApiException 400 VALIDATION_FAILED when limit is not an integer in 1..100 */
    public static PageRequest from(ApiRequest request) {
        Optional<String> cursor = request.query("cursor").filter(value -> !value.isBlank());
        Optional<String> limitText = request.query("limit");
        if (limitText.isEmpty()) {
            return new PageRequest(cursor, PageRequest.DEFAULT_LIMIT);
        }
        try {
            int limit = Integer.parseInt(limitText.get());
            if (limit >= 1 && limit <= PageRequest.MAX_LIMIT) {
                return new PageRequest(cursor, limit);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.validation(List.of(new FieldProblem("limit", "INVALID",
                "limit must be an integer from 1 to " + PageRequest.MAX_LIMIT + ".")));
    }
}
