package com.gmpgate.local.sam;

import java.util.Optional;

/**
 * SAM's {@code Cors} of a REST API: the OPTIONS methods it adds to every path (a mock integration answering
 * with these headers). Values are what API Gateway sends, without SAM's extra quotes.
 *
 * @param allowMethods empty: the methods the path has, plus OPTIONS (SAM's default)
 */
public record CorsSpec(String allowOrigin, Optional<String> allowMethods, Optional<String> allowHeaders,
        Optional<String> maxAge, boolean allowCredentials) {
}
