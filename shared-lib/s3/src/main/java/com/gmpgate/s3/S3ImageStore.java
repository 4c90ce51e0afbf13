package com.gmpgate.s3;

import com.gmpgate.port.ImageStore;
import com.gmpgate.port.StoreFailureException;
import com.gmpgate.port.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Wound photos in the images bucket. The presigned PUT signs Content-Type and Content-Length, so S3
 * refuses an upload of another type or size than the one the API granted; the photo never passes
 * through Lambda (a 5 MB photo in base64 would exceed its 6 MB payload limit). Only the service's own re-encoded
 * copies are written through {@link #put}.
 */
public final class S3ImageStore implements ImageStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3ImageStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    public static S3ImageStore create(S3Clients clients, S3Settings settings) {
        return new S3ImageStore(clients.client(), clients.presigner(), settings.require(S3Settings.IMAGES_BUCKET));
    }

    @Override
    public PresignedRequest presignPut(String key, String contentType, long contentLength, Duration validFor) {
        if (contentLength < 1) {
            throw new IllegalArgumentException("contentLength must be positive: " + contentLength);
        }
        return call("presign upload", () -> toPort(presigner.presignPutObject(p -> p
                .signatureDuration(validFor)
                // If-None-Match: * is signed too, so the phone must send it: S3 then writes the key once and
                // refuses a replay of the URL (412); S3Proxy 2.6.0 ignores it, read() pins the version instead
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType).contentLength(contentLength)
                        .ifNoneMatch("*")))));
    }

    @Override
    public PresignedRequest presignGet(String key, Duration validFor) {
        return call("presign download", () -> toPort(presigner.presignGetObject(p -> p
                .signatureDuration(validFor)
                .getObjectRequest(o -> o.bucket(bucket).key(key)))));
    }

    @Override
    public Optional<StoredImage> read(String key, long maxBytes, Optional<String> pinned) {
        Optional<Version> pin = pinned.map(Version::parse);
        return call("read image", () -> {
            ResponseInputStream<GetObjectResponse> object;
            try {
                // with versioning (S3), the pinned version itself; without (S3Proxy), whatever is there, checked below
                object = s3.getObject(o -> o.bucket(bucket).key(key).versionId(pin.flatMap(Version::versionId)
                        .orElse(null)));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
            try (object) {
                Version read = new Version(object.response().eTag(), Optional.ofNullable(object.response().versionId()));
                if (pin.isPresent() && !pin.get().etag().equals(read.etag())) {
                    object.abort();
                    throw new ImageReplacedException(key);
                }
                Long length = object.response().contentLength();
                if (length != null && length > maxBytes) {
                    // drop the connection rather than drain megabytes we will not use
                    object.abort();
                    throw new ImageTooLargeException(key, maxBytes);
                }
                byte[] bytes = readAtMost(object, maxBytes);
                if (bytes == null) {
                    object.abort();
                    throw new ImageTooLargeException(key, maxBytes);
                }
                String contentType = Optional.ofNullable(object.response().contentType()).orElse("application/octet-stream");
                return Optional.of(new StoredImage(key, contentType, bytes, read.text()));
            } catch (IOException e) {
                throw new StoreUnavailableException("read image: the download broke off", e);
            }
        });
    }

    @Override
    public void put(String key, String contentType, byte[] bytes) {
        call("store image", () -> s3.putObject(o -> o.bucket(bucket).key(key).contentType(contentType)
                .contentLength((long) bytes.length), RequestBody.fromBytes(bytes)));
    }

    @Override
    public void delete(String key) {
        call("delete image", () -> s3.deleteObject(o -> o.bucket(bucket).key(key)));
    }

    /** The bytes, or null when there are more than {@code maxBytes} (a length header cannot be trusted blindly). */
    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        return bytes.length > maxBytes ? null : bytes;
    }

    /** What {@link StoredImage#version()} holds: the ETag, and the version id where the bucket keeps versions. */
    record Version(String etag, Optional<String> versionId) {
        Version {
            etag = etag == null ? "" : etag;
        }

        String text() {
            return versionId.map(v -> etag + " " + v).orElse(etag);
        }

        static Version parse(String text) {
            int space = text.lastIndexOf(' ');
            return space < 0 ? new Version(text, Optional.empty())
                    : new Version(text.substring(0, space), Optional.of(text.substring(space + 1)));
        }
    }

    private static ImageStore.PresignedRequest toPort(
            software.amazon.awssdk.awscore.presigner.PresignedRequest presigned) {
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            // the HTTP client sets Host (and Content-Length, from the body) itself
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new ImageStore.PresignedRequest(presigned.url().toString(), presigned.httpRequest().method().name(),
                headers, presigned.expiration());
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (AwsServiceException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new StoreUnavailableException(what + ": S3 is throttling or failing", e);
            }
            throw new StoreFailureException(what + ": S3 refused the request ("
                    + (e.awsErrorDetails() == null ? e.statusCode() : e.awsErrorDetails().errorCode()) + ")", e);
        } catch (SdkClientException e) {
            throw new StoreUnavailableException(what + ": S3 cannot be reached", e);
        } catch (SdkException e) {
            throw new StoreFailureException(what + ": S3 call failed", e);
        }
    }
}
