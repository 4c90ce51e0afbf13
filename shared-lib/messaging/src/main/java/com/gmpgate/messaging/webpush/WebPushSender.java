package com.gmpgate.messaging.webpush;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.notify.PushSubscription;
import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.port.WorkerPush;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Web Push to a browser's push service: the message encrypted to the subscription (RFC 8291,
 * {@link PushEncryption}) and the request signed with the application-server key (VAPID, RFC 8292: an ES256 JWT
 * for the endpoint's origin, and the public key). Plain {@link HttpURLConnection}, the same HTTP stack the AWS SDK's
 * url-connection-client uses, so the jar carries no second HTTP client.
 */
public final class WebPushSender implements WorkerPush {

    /** A decision is worth telling for a day; after that the worker has looked anyway. */
    static final Duration TTL = Duration.ofHours(24);
    /** RFC 8292 allows at most 24 h; push services refuse a token valid longer. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final SigningKey vapid;
    private final String subject;
    private final PushEncryption encryption;
    private final Clock clock;
    private final Duration timeout;

    /**
     * @param subject who runs the server, for the push service's operators: a {@code mailto:} or {@code https:} URI
     */
    public WebPushSender(SigningKey vapid, String subject, PushEncryption encryption, Clock clock, Duration timeout) {
        this.vapid = Objects.requireNonNull(vapid, "vapid");
        if (!(subject.startsWith("mailto:") || subject.startsWith("https://") || subject.startsWith("http://"))) {
            throw new IllegalArgumentException("a VAPID subject is a mailto: or https: URI: " + subject);
        }
        this.subject = subject;
        this.encryption = Objects.requireNonNull(encryption, "encryption");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The application-server key as the browser's {@code pushManager.subscribe} takes it (base64url point). */
    public static String publicKey(SigningKey vapid) {
        return Base64Url.encode(PushEncryption.uncompressed(vapid.verificationKey().toJdk()));
    }

    @Override
    public boolean send(PushSubscription subscription, String message) {
        byte[] body;
        try {
            body = encryption.encrypt(message.getBytes(StandardCharsets.UTF_8),
                    Base64Url.decode(subscription.p256dh()), Base64Url.decode(subscription.auth()));
        } catch (IllegalArgumentException e) {
            // keys no browser would make: nothing can ever be sent there
            return false;
        }
        URI endpoint = subscription.endpoint();
        HttpURLConnection http = null;
        try {
            http = (HttpURLConnection) endpoint.toURL().openConnection();
            http.setConnectTimeout((int) timeout.toMillis());
            http.setReadTimeout((int) timeout.toMillis());
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setFixedLengthStreamingMode(body.length);
            http.setRequestProperty("Content-Type", "application/octet-stream");
            http.setRequestProperty("Content-Encoding", "aes128gcm");
            http.setRequestProperty("TTL", Long.toString(TTL.toSeconds()));
            http.setRequestProperty("Urgency", "high");
            http.setRequestProperty("Authorization", authorization(endpoint));
            try (OutputStream out = http.getOutputStream()) {
                out.write(body);
            }
            int status = http.getResponseCode();
            drain(http);
            if (status == 404 || status == 410) {
                return false;
            }
            if (status / 100 != 2) {
                throw new AlertDeliveryException("push service " + endpoint.getHost() + " answered " + status, null);
            }
            return true;
        } catch (IOException e) {
            throw new AlertDeliveryException("push service " + endpoint.getHost() + " unreachable: " + e, e);
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }

    /** {@code vapid t=<JWT>, k=<public key>} (RFC 8292 §3). */
    String authorization(URI endpoint) {
        String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        long exp = clock.instant().plus(TOKEN_LIFETIME).getEpochSecond();
        String header = Base64Url.encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = Base64Url.encode(("{\"aud\":\"" + audience + "\",\"exp\":" + exp + ",\"sub\":\"" + subject
                + "\"}").getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        String jwt = signingInput + "." + Base64Url.encode(vapid.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
        return "vapid t=" + jwt + ", k=" + publicKey(vapid);
    }

    private static void drain(HttpURLConnection http) {
        try (InputStream in = http.getErrorStream() != null ? http.getErrorStream() : http.getInputStream()) {
            in.readAllBytes();
        } catch (IOException e) {
            // the status said it all
        }
    }
}
