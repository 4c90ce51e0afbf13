package com.gmpgate.notification.application;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links into the admin app (its routes: {@code review/:id}, {@code today}). */
public final class AdminLinks {

    private final String base;

    /** @param base the admin app's address, e.g. {@code https://gate.example.com/admin/} */
    public AdminLinks(String base) {
        URI uri = URI.create(base.strip());
        if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("the admin app URL must be an absolute http(s) URL: " + base);
        }
        this.base = uri.toString().endsWith("/") ? uri.toString() : uri + "/";
    }

    public String review(String submissionId) {
        return base + "review/" + URLEncoder.encode(submissionId, StandardCharsets.UTF_8);
    }

    public String today() {
        return base + "today";
    }
}
