package com.gmpgate.local.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REST API resource path such as {@code /v1/checklist/submissions/{id}} or {@code /files/{proxy+}}, and how
 * API Gateway matches a request path against it: a literal segment beats a path variable, which beats a greedy
 * {@code {name+}} variable; a greedy variable takes one or more remaining segments.
 */
final class ResourcePath implements Comparable<ResourcePath> {

    private enum Kind { LITERAL, VARIABLE, GREEDY }

    private record Segment(Kind kind, String text) {
    }

    private final String path;
    private final List<Segment> segments;

    private ResourcePath(String path, List<Segment> segments) {
        this.path = path;
        this.segments = segments;
    }

    static ResourcePath of(String path) {
        List<Segment> segments = new ArrayList<>();
        List<String> parts = split(path);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("{") && part.endsWith("+}")) {
                if (i != parts.size() - 1) {
                    throw new IllegalArgumentException(path + ": a greedy {name+} must be the last segment");
                }
                segments.add(new Segment(Kind.GREEDY, part.substring(1, part.length() - 2)));
            } else if (part.startsWith("{") && part.endsWith("}")) {
                segments.add(new Segment(Kind.VARIABLE, part.substring(1, part.length() - 1)));
            } else {
                segments.add(new Segment(Kind.LITERAL, part));
            }
        }
        return new ResourcePath(path, List.copyOf(segments));
    }

    String path() {
        return path;
    }

    /** The first segment, e.g. {@code v1}; empty for the root. */
    Optional<String> firstLiteral() {
        return segments.isEmpty() || segments.get(0).kind() != Kind.LITERAL ? Optional.empty()
                : Optional.of(segments.get(0).text());
    }

    /**
     * @param rawPath the request path, percent-encoded
     * @return the path parameters, decoded, when the path matches
     */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> parts = split(rawPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.kind() == Kind.GREEDY) {
                if (i >= parts.size()) {
                    return Optional.empty();
                }
                parameters.put(segment.text(), decode(String.join("/", parts.subList(i, parts.size()))));
                return Optional.of(parameters);
            }
            if (i >= parts.size()) {
                return Optional.empty();
            }
            String part = decode(parts.get(i));
            if (segment.kind() == Kind.LITERAL) {
                if (!segment.text().equals(part)) {
                    return Optional.empty();
                }
            } else {
                parameters.put(segment.text(), part);
            }
        }
        return parts.size() == segments.size() ? Optional.of(parameters) : Optional.empty();
    }

    /** Most specific first. */
    @Override
    public int compareTo(ResourcePath other) {
        int shared = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < shared; i++) {
            int byKind = segments.get(i).kind().compareTo(other.segments.get(i).kind());
            if (byKind != 0) {
                return byKind;
            }
        }
        return Integer.compare(other.segments.size(), segments.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourcePath p && p.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }

    /** Segments of a path; a trailing slash is ignored, as API Gateway does. */
    static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Percent-decoding only: a {@code +} in a path is a plus sign. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
