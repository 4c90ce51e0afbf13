package com.gmpgate.api;

import java.util.Optional;

/**
 * Where a login (or a signature's password) comes from, for the per-address throttle and lock: API Gateway's {@code sourceIp} (what local-api
 * passes as the real peer address). Behind CloudFront that is CloudFront's address, not the client's; there the
 * template names a header CloudFront sets and a client cannot forge ({@code CloudFront-Viewer-Address}, with an
 * origin request policy that forwards it) in {@code GMP_CLIENT_ADDRESS_HEADER} — only where API Gateway is reachable
 * through CloudFront alone, or a caller could put any address in it.
 */
public record ClientAddress(Optional<String> trustedHeader) {

    /** The environment variable naming the trusted header; unset: the request's sourceIp. */
    public static final String HEADER_VARIABLE = "GMP_CLIENT_ADDRESS_HEADER";
    public static final ClientAddress SOURCE_IP = new ClientAddress(Optional.empty());
    private static final int MAX = 128;

    public static ClientAddress from(Env env) {
        return new ClientAddress(env.optional(HEADER_VARIABLE));
    }

    public String of(ApiRequest request) {
        String address = trustedHeader.flatMap(request::header).filter(value -> !value.isBlank())
                .orElse(request.sourceIp());
        if (address.isBlank()) {
            return "unknown";
        }
        // CloudFront-Viewer-Address is "ip:port": the port changes per connection and must not split the count
        String value = address.strip();
        if (trustedHeader.isPresent()) {
            int colon = value.lastIndexOf(':');
            if (colon > 0) {
                value = value.substring(0, colon);
            }
        }
        return value.length() > MAX ? value.substring(0, MAX) : value;
    }
}
