package com.gmpgate.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.port.ImageStore;
import com.gmpgate.port.ImageStore.PresignedRequest;
import com.gmpgate.port.ImageStore.StoredImage;
import com.gmpgate.testing.LocalAwsResources;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP PUTs and GETs through presigned URLs, as the phone and the reviewer's browser make them. */
abstract class ImageStoreContract {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    S3ImageStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        Map<String, String> environment = aws.endpoints().s3Environment();
        environment.put(S3Settings.IMAGES_BUCKET, aws.bucketName("ImagesBucket"));
        S3Settings settings = S3Settings.of(environment);
        store = S3ImageStore.create(S3Clients.create(settings), settings);
    }

    @Test
    void aPhotoPutThroughThePresignedUrl_canBeReadBack_andDeleted() throws Exception {
        String key = "uploads/site-a/" + UUID.randomUUID() + ".jpg";
        byte[] photo = jpeg(2048);
        PresignedRequest upload = store.presignPut(key, "image/jpeg", photo.length, Duration.ofMinutes(5));

        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.headers()).containsEntry("content-type", "image/jpeg");
        assertThat(upload.expiresAt()).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
        assertThat(put(upload, "image/jpeg", photo).statusCode()).isEqualTo(200);

        StoredImage stored = store.read(key, 5_000_000).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.bytes()).isEqualTo(photo);

        store.delete(key);
        assertThat(store.read(key, 5_000_000)).isEmpty();
        store.delete(key); // deleting what is gone is no error
    }

    @Test
    void theUpload_signsIfNoneMatch_soAPutWithoutIt_isRefused() throws Exception {
        String key = "uploads/site-a/" + UUID.randomUUID() + ".jpg";
        byte[] photo = jpeg(2048);
        PresignedRequest upload = store.presignPut(key, "image/jpeg", photo.length, Duration.ofMinutes(5));
        assertThat(upload.headers()).containsEntry("if-none-match", "*");

        PresignedRequest without = new PresignedRequest(upload.url(), upload.method(), Map.of(), upload.expiresAt());
        assertThat(put(without, "image/jpeg", photo).statusCode()).isEqualTo(403);
        assertThat(store.read(key, 5_000_000)).isEmpty();
        assertThat(put(upload, "image/jpeg", photo).statusCode()).isEqualTo(200);
    }

    @Test
    void aReadPinnedToAVersion_returnsThatPhoto_butRefusesOneWrittenOverIt() throws Exception {
        String key = "uploads/site-a/" + UUID.randomUUID() + ".jpg";
        byte[] first = jpeg(2048);
        PresignedRequest upload = store.presignPut(key, "image/jpeg", first.length, Duration.ofMinutes(5));
        assertThat(put(upload, "image/jpeg", first).statusCode()).isEqualTo(200);
        StoredImage read = store.read(key, 5_000_000).orElseThrow();
        assertThat(read.version()).isNotBlank();
        assertThat(store.read(key, 5_000_000, java.util.Optional.of(read.version())).orElseThrow().bytes())
                .isEqualTo(first);

        // the same URL again within its lifetime, other bytes of the same length: S3Proxy 2.6.0 takes it (S3 would
        // answer 412 to the signed If-None-Match), so the pin is what keeps the first photo the analysed one
        byte[] other = jpeg(2048);
        other[100] = 0x11;
        int replay = put(upload, "image/jpeg", other).statusCode();
        assertThat(replay).isIn(200, 412);
        if (replay == 200) {
            assertThatThrownBy(() -> store.read(key, 5_000_000, java.util.Optional.of(read.version())))
                    .isInstanceOf(ImageStore.ImageReplacedException.class);
        } else {
            assertThat(store.read(key, 5_000_000, java.util.Optional.of(read.version())).orElseThrow().bytes())
                    .isEqualTo(first);
        }
    }

    @Test
    void anImageTheServiceStores_canBeReadBack_andFetchedThroughAPresignedGet() throws Exception {
        String key = "sanitized/site-a/" + UUID.randomUUID() + ".jpg";
        byte[] photo = jpeg(4096);

        store.put(key, "image/jpeg", photo);

        StoredImage stored = store.read(key, 5_000_000).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.bytes()).isEqualTo(photo);
        HttpResponse<byte[]> fetched = HTTP.send(HttpRequest.newBuilder(
                URI.create(store.presignGet(key, Duration.ofMinutes(5)).url())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(photo);
    }

    @Test
    void thePresignedPut_isRefused_forAnotherContentType() throws Exception {
        String key = "uploads/" + UUID.randomUUID() + ".jpg";
        byte[] photo = jpeg(1024);
        PresignedRequest upload = store.presignPut(key, "image/jpeg", photo.length, Duration.ofMinutes(5));

        assertThat(put(upload, "text/html", photo).statusCode()).isEqualTo(403);
        assertThat(store.read(key, 5_000_000)).isEmpty();
    }

    @Test
    void thePresignedPut_isRefused_forALargerBodyThanSigned() throws Exception {
        String key = "uploads/" + UUID.randomUUID() + ".jpg";
        PresignedRequest upload = store.presignPut(key, "image/jpeg", 1024, Duration.ofMinutes(5));

        assertThat(put(upload, "image/jpeg", jpeg(1024 * 1024)).statusCode()).isEqualTo(403);
        assertThat(store.read(key, 5_000_000)).isEmpty();
    }

    @Test
    void thePresignedPut_isRefused_whenItsSignatureIsTampered() throws Exception {
        String key = "uploads/" + UUID.randomUUID() + ".jpg";
        byte[] photo = jpeg(512);
        PresignedRequest upload = store.presignPut(key, "image/jpeg", photo.length, Duration.ofMinutes(5));
        String url = upload.url();
        int at = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
        String tampered = url.substring(0, at) + (url.charAt(at) == 'a' ? 'b' : 'a') + url.substring(at + 1);

        PresignedRequest forged = new PresignedRequest(tampered, upload.method(), upload.headers(), upload.expiresAt());
        assertThat(put(forged, "image/jpeg", photo).statusCode()).isEqualTo(403);
    }

    @Test
    void read_refusesAnObjectLargerThanAllowed_andAPresignedGetServesItToAReviewer() throws Exception {
        String key = "uploads/" + UUID.randomUUID() + ".png";
        byte[] photo = jpeg(4096);
        put(store.presignPut(key, "image/png", photo.length, Duration.ofMinutes(5)), "image/png", photo);

        assertThatThrownBy(() -> store.read(key, 4095)).isInstanceOf(ImageStore.ImageTooLargeException.class);
        assertThat(store.read(key, 4096)).isPresent();

        PresignedRequest view = store.presignGet(key, Duration.ofMinutes(2));
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(view.url())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(photo);
    }

    private static HttpResponse<String> put(PresignedRequest upload, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload.url()))
                .method(upload.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        upload.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("content-type") && !name.equalsIgnoreCase("content-length")) {
                request.header(name, value);
            }
        });
        request.header("Content-Type", contentType);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x5a);
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xd8;
        bytes[2] = (byte) 0xff;
        return bytes;
    }
}
