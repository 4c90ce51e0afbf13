package com.gmpgate.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.Http;
import com.gmpgate.local.LocalApi;
import com.gmpgate.local.LocalApiOptions;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.local.TestLocalApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker PWA at /, the admin SPA at /admin/, the API at /v1/: one origin, as CloudFront gives it. */
class StaticSiteHttpTest {

    @TempDir
    static Path dir;
    private static LocalApi api;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Path pwa = Files.createDirectories(dir.resolve("pwa/assets"));
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        Files.writeString(dir.resolve("pwa/index.html"), "<!doctype html><title>worker</title>");
        Files.writeString(dir.resolve("pwa/sw.js"), "self.addEventListener('fetch', () => {});");
        Files.writeString(dir.resolve("pwa/manifest.webmanifest"), "{\"name\":\"GMP\"}");
        Files.writeString(pwa.resolve("index-abc123.js"), "console.log(1)");
        Files.writeString(pwa.resolve("zipped-1.js"), "console.log('plain')");
        Files.write(pwa.resolve("zipped-1.js.br"), new byte[] {0x0b, 0x01, (byte) 0x80});
        Files.write(pwa.resolve("zipped-1.js.gz"), gzip("console.log('plain')"));
        Files.writeString(pwa.resolve("only-gz-1.css"), "body{}");
        Files.write(pwa.resolve("only-gz-1.css.gz"), gzip("body{}"));
        Files.createDirectories(dir.resolve("admin/assets"));
        Files.writeString(dir.resolve("admin/index.html"), "<!doctype html><title>admin</title>");
        Files.writeString(dir.resolve("admin/assets/app-1.css"), "body{}");
        LocalApiOptions options = TestLocalApi.options(
                RepoFiles.resolve("local-api/src/test/resources/local/gateway-template.yaml"), dir.resolve("data"), "k")
                .withStaticApps(Map.of("/", dir.resolve("pwa"), "/admin/", dir.resolve("admin"),
                        "/missing/", dir.resolve("not-built")));
        api = LocalApi.start(options, TestLocalApi.quiet());
        http = new Http(api.baseUri());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> get(String path) {
        return http.send(http.request(path).GET());
    }

    @Test
    void theWorkerApp_isAtTheRoot_withClientRoutesFallingBackToIndex() {
        assertThat(get("/").body()).contains("<title>worker</title>");
        HttpResponse<String> route = get("/checklist/today");
        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.body()).contains("<title>worker</title>");
        assertThat(route.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get("/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theAdminApp_isUnderAdmin_withItsOwnFallback() {
        assertThat(get("/admin/").body()).contains("<title>admin</title>");
        assertThat(get("/admin/gate/scan").body()).contains("<title>admin</title>");
        HttpResponse<String> redirect = get("/admin");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/admin/");
        assertThat(get("/admin/assets/app-1.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
    }

    @Test
    void hashedAssets_areCachedForAYear_butTheServiceWorkerAndIndexAreAlwaysRevalidated() {
        HttpResponse<String> asset = get("/assets/index-abc123.js");
        assertThat(asset.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(get("/sw.js").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/").headers().firstValue("Cache-Control")).hasValue("no-cache");
        HttpResponse<String> manifest = get("/manifest.webmanifest");
        assertThat(manifest.headers().firstValue("Content-Type")).hasValue("application/manifest+json");
        assertThat(manifest.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void precompressedAssets_goOutAsBrotliOrGzip_toWhoeverAcceptsThem_withTheSecurityHeadersStill() {
        HttpResponse<byte[]> brotli = bytes("/assets/zipped-1.js", "gzip, deflate, br, zstd");
        HttpResponse<byte[]> gzip = bytes("/assets/zipped-1.js", "gzip");
        HttpResponse<byte[]> brRefused = bytes("/assets/zipped-1.js", "br;q=0, gzip;q=0.8");
        HttpResponse<byte[]> plain = bytes("/assets/zipped-1.js", null);
        HttpResponse<byte[]> gzOnly = bytes("/assets/only-gz-1.css", "br");

        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.body()).containsExactly(0x0b, 0x01, 0x80);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo("console.log('plain')");
        assertThat(brRefused.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo("console.log('plain')");
        assertThat(gzOnly.headers().firstValue("Content-Encoding")).isEmpty();
        SecurityHeaders defined = SecurityHeaders.load(RepoFiles.resolve(SecurityHeaders.FILE), Map.of());
        for (HttpResponse<byte[]> response : List.of(brotli, gzip, plain)) {
            assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            defined.app("/").forEach((name, value) -> assertThat(response.headers().firstValue(name))
                    .as(name).hasValue(value));
        }
        assertThat(get("/assets/index-abc123.js").headers().firstValue("Vary")).as("nothing to vary on").isEmpty();
    }

    private static HttpResponse<byte[]> bytes(String path, String acceptEncoding) {
        var request = http.request(path).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.sendBytes(request);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] body) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPathOutsideTheApp_isNotServed() {
        HttpResponse<String> outside = get("/..%2fsecret.txt");
        assertThat(outside.statusCode()).as("refused by the server (400) or not found by the app (404)")
                .isIn(400, 404);
        assertThat(outside.body()).doesNotContain("do not serve");
        assertThat(get("/assets/..%2f..%2fadmin%2findex.html").body()).doesNotContain("<title>admin");
    }

    @Test
    void everyAppFile_carriesTheSecurityHeadersOfSecurityHeadersJson_withTheCameraForTheAdminAppOnly() {
        SecurityHeaders defined = SecurityHeaders.load(RepoFiles.resolve(SecurityHeaders.FILE), Map.of());
        for (String path : List.of("/", "/checklist/today", "/assets/index-abc123.js", "/nothing.js")) {
            HttpResponse<String> response = get(path);
            defined.app("/").forEach((name, value) -> assertThat(response.headers().firstValue(name))
                    .as(path + " " + name).hasValue(value));
        }
        HttpResponse<String> admin = get("/admin/gate/scan");
        defined.app("/admin/").forEach((name, value) -> assertThat(admin.headers().firstValue(name))
                .as("/admin/ " + name).hasValue(value));

        String workerPolicy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(workerPolicy).contains("script-src 'self';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(get("/").headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(get("/").headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(get("/").headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(admin.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=(self)");
    }

    @Test
    void apiReplies_carryTheApiSecurityHeaders() {
        HttpResponse<String> reply = http.send(http.request("/v1/public").header("x-api-key", "k").GET());

        assertThat(reply.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().allValues("X-Content-Type-Options")).as("once, not doubled").hasSize(1);
    }

    @Test
    void anAppNotBuiltYet_saysHowToBuildIt() {
        HttpResponse<String> response = get("/missing/");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("not built yet").contains("run-local.sh");
    }

    @Test
    void theApi_isOnTheSameOrigin() {
        assertThat(http.send(http.request("/v1/public").header("x-api-key", "k").GET()).statusCode()).isEqualTo(200);
        assertThat(http.send(http.request("/v1/public").POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .statusCode()).as("not a static file: the API's own 404").isEqualTo(404);
    }
}
