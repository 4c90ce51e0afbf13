package com.gmpgate.local.http;

import com.gmpgate.local.gateway.GatewayResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A built single-page app served as CloudFront serves it from S3: files with their content types, any other path
 * without a file extension gets the app's {@code index.html} (client-side routes), a missing file with an
 * extension is a 404. Hashed build assets are cached for a year; {@code index.html}, the service worker and the
 * manifest must be revalidated every time, or a deployed update would never reach an installed PWA.
 *
 * <p>A file built with precompressed siblings ({@code app.js.br}, {@code app.js.gz}: the apps' build writes them) is
 * sent as brotli or gzip to a browser that accepts it, with {@code Content-Encoding} and {@code Vary:
 * Accept-Encoding}, as CloudFront sends compressed objects; a client that accepts neither gets the plain file.
 *
 * @param mount where the app lives in the URL space, {@code /} or {@code /admin/}
 * @param root the app's build output ({@code dist/})
 * @param name what to call it when it is not built yet
 */
public record StaticSite(String mount, Path root, String name, String buildHint) {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("y4m", "video/x-raw"),
            Map.entry("xml", "application/xml"));

    /** Files a browser must re-check on every load: what decides which version of the app runs. */
    private static boolean revalidate(String fileName) {
        return fileName.equals("index.html") || fileName.equals("sw.js") || fileName.equals("service-worker.js")
                || fileName.equals("registerSW.js") || fileName.startsWith("workbox-")
                || fileName.endsWith(".webmanifest") || fileName.equals("manifest.json");
    }

    public boolean serves(String path) {
        return path.startsWith(mount) || path.equals(mount.substring(0, Math.max(1, mount.length() - 1)));
    }

    public GatewayResponse get(String path, boolean head) {
        return get(path, head, null);
    }

    /** @param acceptEncoding the request's {@code Accept-Encoding}, or null */
    public GatewayResponse get(String path, boolean head, String acceptEncoding) {
        if (!mount.equals("/") && path.equals(mount.substring(0, mount.length() - 1))) {
            return new GatewayResponse(301, List.of(Map.entry("Location", mount)), new byte[0]);
        }
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            return notBuilt();
        }
        String relative = path.substring(mount.length());
        Optional<Path> file = resolve(relative);
        if (file.isEmpty()) {
            String last = relative.substring(relative.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                return text(404, "Not found: " + path);
            }
            file = Optional.of(root.resolve("index.html")); // a client-side route of the app
        }
        return serve(file.get(), head, acceptEncoding);
    }

    private Optional<Path> resolve(String relative) {
        String decoded = java.net.URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.isEmpty() || decoded.endsWith("/")) {
            decoded = decoded + "index.html";
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(decoded).normalize();
        if (!candidate.startsWith(base) || !Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** What the client takes, best first: brotli, then gzip; a coding with {@code q=0} is refused. */
    static List<String> acceptedCodings(String acceptEncoding) {
        List<String> accepted = new ArrayList<>();
        if (acceptEncoding == null) {
            return accepted;
        }
        java.util.Set<String> offered = new java.util.HashSet<>();
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String parameter = fields[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                offered.add(coding);
            }
        }
        if (offered.contains("br")) {
            accepted.add("br");
        }
        if (offered.contains("gzip")) {
            accepted.add("gzip");
        }
        return accepted;
    }

    private GatewayResponse serve(Path file, boolean head, String acceptEncoding) {
        String fileName = file.getFileName().toString();
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT) : "";
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream")));
        boolean hashedAsset = root.toAbsolutePath().normalize().relativize(file).startsWith("assets");
        headers.add(Map.entry("Cache-Control", revalidate(fileName) ? "no-cache"
                : hashedAsset ? "public, max-age=31536000, immutable" : "public, max-age=300"));
        headers.add(Map.entry("X-Content-Type-Options", "nosniff"));
        Path sent = file;
        Path brotli = file.resolveSibling(fileName + ".br");
        Path gzip = file.resolveSibling(fileName + ".gz");
        if (Files.isRegularFile(brotli) || Files.isRegularFile(gzip)) {
            // caches must keep the plain and the compressed file apart
            headers.add(Map.entry("Vary", "Accept-Encoding"));
            for (String coding : acceptedCodings(acceptEncoding)) {
                Path candidate = coding.equals("br") ? brotli : gzip;
                if (Files.isRegularFile(candidate)) {
                    headers.add(Map.entry("Content-Encoding", coding));
                    sent = candidate;
                    break;
                }
            }
        }
        try {
            byte[] body = Files.readAllBytes(sent);
            if (head) {
                headers.add(Map.entry("Content-Length", Integer.toString(body.length)));
                body = new byte[0];
            }
            return new GatewayResponse(200, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sent, e);
        }
    }

    private GatewayResponse notBuilt() {
        String page = "<!doctype html><meta charset=utf-8><title>" + name + " not built</title>"
                + "<h1>The " + name + " is not built yet</h1><p>local-api serves it from <code>" + root
                + "</code>, which has no index.html. " + buildHint + "</p>";
        return new GatewayResponse(503, List.of(Map.entry("Content-Type", "text/html; charset=utf-8"),
                Map.entry("Cache-Control", "no-store")), page.getBytes(StandardCharsets.UTF_8));
    }

    private static GatewayResponse text(int status, String text) {
        return new GatewayResponse(status, List.of(Map.entry("Content-Type", "text/plain; charset=utf-8")),
                text.getBytes(StandardCharsets.UTF_8));
    }
}
