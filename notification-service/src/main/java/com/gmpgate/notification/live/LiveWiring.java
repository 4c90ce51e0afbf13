package com.gmpgate.notification.live;

import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.messaging.Messaging;
import com.gmpgate.notification.application.LiveUpdates;
import java.time.Clock;

/** LiveSocketFunction's and LiveUpdatesFunction's collaborators, once per execution environment. */
final class LiveWiring {

    private LiveWiring() {
    }

    static LiveUpdates from(Env env) {
        DynamoDbSettings dynamoDb = DynamoDbSettings.of(env.variables());
        DynamoDbStores stores = new DynamoDbStores(dynamoDb, DynamoDbClients.create(dynamoDb));
        return new LiveUpdates(stores.liveConnections(), Messaging.livePush(env.variables()), Clock.systemUTC());
    }

    /** The $connect function needs no push: the management endpoint is read only where messages are sent. */
    static LiveUpdates connectionsOnly(Env env) {
        DynamoDbSettings dynamoDb = DynamoDbSettings.of(env.variables());
        DynamoDbStores stores = new DynamoDbStores(dynamoDb, DynamoDbClients.create(dynamoDb));
        return new LiveUpdates(stores.liveConnections(), (id, message) -> {
            throw new IllegalStateException("LiveSocketFunction does not send");
        }, Clock.systemUTC());
    }
}
