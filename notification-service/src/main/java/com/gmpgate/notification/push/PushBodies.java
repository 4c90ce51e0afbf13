package com.gmpgate.notification.push;

import com.gmpgate.api.Validatable;
import com.gmpgate.api.Violations;
import com.gmpgate.crypto.Base64Url;
import java.net.URI;
import java.net.URISyntaxException;

/** The request body of push-subscriptions: the browser's {@code PushSubscription.toJSON()}, read strictly. */
final class PushBodies {

    static final int MAX_ENDPOINT = 2_048;

    private PushBodies() {
    }

    record Keys(String p256dh, String auth) {
    }

    /**
     * {@code {endpoint, expirationTime?, keys:{p256dh, auth}}}. The endpoint must be an https URL without user
     * info: the server posts to it, so nothing else (a plant's internal address over http, say) is taken.
     */
    record Subscription(String endpoint, Long expirationTime, Keys keys) implements Validatable {
        @Override
        public void validate(Violations v) {
            if (v.required("endpoint", endpoint)) {
                v.length("endpoint", endpoint, 1, MAX_ENDPOINT);
                if (!isPushEndpoint(endpoint)) {
                    v.add("endpoint", "INVALID", "endpoint must be an https URL of a push service.");
                }
            }
            if (v.required("keys", keys)) {
                if (v.required("keys.p256dh", keys.p256dh()) && !decodesTo(keys.p256dh(), 65, (byte) 4)) {
                    v.add("keys.p256dh", "INVALID", "keys.p256dh must be an uncompressed P-256 point, base64url.");
                }
                if (v.required("keys.auth", keys.auth()) && !decodesTo(keys.auth(), 16, null)) {
                    v.add("keys.auth", "INVALID", "keys.auth must be 16 bytes, base64url.");
                }
            }
        }
    }

    static boolean isPushEndpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean decodesTo(String text, int length, Byte first) {
        try {
            byte[] bytes = Base64Url.decode(text);
            return bytes.length == length && (first == null || bytes[0] == first);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
