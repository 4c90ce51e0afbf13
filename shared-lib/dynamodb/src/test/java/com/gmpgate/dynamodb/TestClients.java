package com.gmpgate.dynamodb;

import com.gmpgate.testing.LocalAwsResources;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Adapters under test get their client from the production factory, pointed at the local engine. */
final class TestClients {

    static final CursorCodec CURSORS = CursorCodec.ofSecret("integration-tests-cursor-secret-0123456789");
    private static final Map<String, DynamoDbClient> CLIENTS = new ConcurrentHashMap<>();

    private TestClients() {
    }

    static DynamoDbSettings settings(LocalAwsResources aws) {
        return DynamoDbSettings.of(aws.endpoints().dynamoDbEnvironment());
    }

    static DynamoDbClient dynamoDb(LocalAwsResources aws) {
        return CLIENTS.computeIfAbsent(aws.endpoints().dynamoDb().toString(), e -> DynamoDbClients.create(settings(aws)));
    }
}
