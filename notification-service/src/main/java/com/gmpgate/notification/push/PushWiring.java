package com.gmpgate.notification.push;

import com.gmpgate.api.Env;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.keys.VapidKeys;
import com.gmpgate.messaging.webpush.PushEncryption;
import com.gmpgate.messaging.webpush.WebPushSender;
import com.gmpgate.notification.NotificationEnvironment;
import com.gmpgate.notification.application.WorkerNotices;
import com.gmpgate.port.PushSubscriptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** PushSubscriptionsFunction's and WorkerPushFunction's collaborators, once per execution environment. */
final class PushWiring {

    /** Push services answer in well under a second; a stuck one must not hold the others. */
    static final Duration PUSH_TIMEOUT = Duration.ofSeconds(5);

    private PushWiring() {
    }

    static WorkerNotices subscriptions(Env env) {
        return new WorkerNotices(store(env), (subscription, message) -> {
            throw new IllegalStateException("PushSubscriptionsFunction does not send");
        }, Clock.systemUTC());
    }

    /** The VAPID public key, read (or created) once, on the first request that needs it. */
    static Supplier<String> publicKey(Env env) {
        return new Supplier<>() {
            private volatile String key;

            @Override
            public String get() {
                if (key == null) {
                    key = WebPushSender.publicKey(VapidKeys.readOrCreate(env.variables(), new SecureRandom()));
                }
                return key;
            }
        };
    }

    static WorkerNotices sender(Env env) {
        String subject = env.required(NotificationEnvironment.VAPID_SUBJECT);
        // no key yet means no browser ever subscribed: nothing to send, nothing to sign
        Optional<SigningKey> vapid = VapidKeys.read(env.variables());
        PushSubscriptions store = store(env);
        if (vapid.isEmpty()) {
            return new WorkerNotices(store, (subscription, message) -> false, Clock.systemUTC());
        }
        return new WorkerNotices(store, new WebPushSender(vapid.get(), subject,
                new PushEncryption(new SecureRandom()), Clock.systemUTC(), PUSH_TIMEOUT), Clock.systemUTC());
    }

    private static PushSubscriptions store(Env env) {
        DynamoDbSettings dynamoDb = DynamoDbSettings.of(env.variables());
        DynamoDbStores stores = new DynamoDbStores(dynamoDb, DynamoDbClients.create(dynamoDb));
        return stores.pushSubscriptions();
    }
}
