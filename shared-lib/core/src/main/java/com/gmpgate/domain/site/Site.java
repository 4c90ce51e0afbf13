package com.gmpgate.domain.site;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plant (or one production area of it) whose workers screen at its gates. Every user, submission, pass and log
 * entry carries its id; the record itself is what the operator created it with, so sites can be listed and a
 * second site of the same id refused.
 *
 * @param id        lower-case letters, digits and inner hyphens, 3-40 characters ({@link #ID}): it appears in keys
 *                  ({@code <siteId>#<date>}), image keys and exports, so nothing that needs escaping
 * @param createdBy who created it (the operator's AWS identity, or a tool's name)
 */
public record Site(String id, String name, Instant createdAt, String createdBy) {

    public static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");
    public static final int MAX_NAME_LENGTH = 100;

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("site id must be 3-40 lower-case letters, digits or inner hyphens: "
                    + id);
        }
    }
}
