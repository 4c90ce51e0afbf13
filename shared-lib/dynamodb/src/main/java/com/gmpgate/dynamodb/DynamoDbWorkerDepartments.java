package com.gmpgate.dynamodb;

import com.gmpgate.port.WorkerDepartments;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link WorkerDepartments} on UsersTable: one GetItem of the user item that projects its site and department only,
 * so a function that needs the department (notifications) never reads password hashes or names.
 */
public final class DynamoDbWorkerDepartments implements WorkerDepartments {

    /** DynamoDbUserStore's key prefix of user items (its tests and this one's pin the shape). */
    private static final String USER = "USER#";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbWorkerDepartments(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public Optional<String> departmentOf(String siteId, String workerId) {
        Map<String, AttributeValue> item = DynamoDbErrors.call("read department", () -> client.getItem(b -> b
                .tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS(USER + workerId)))
                .projectionExpression("siteId, department")).item());
        if (item == null || item.isEmpty() || !item.containsKey("siteId") || !siteId.equals(item.get("siteId").s())) {
            return Optional.empty();
        }
        return Optional.ofNullable(item.get("department")).map(AttributeValue::s);
    }
}
