package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.localaws.TtlSweeper;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The local stand-in for DynamoDB's TTL on dynalite: an item whose TTL has passed goes, one whose TTL is ahead stays,
 * and tables without a TTL attribute (UsersTable) are not touched.
 */
@LocalAwsTest
class TtlSweeperIT {

    @Test
    void sweep_deletesTheItemsWhoseTtlPassed_only(LocalAwsResources aws) {
        Instant now = Instant.parse("2026-04-02T00:00:00Z");
        String table = aws.tableName("ChecklistsTable");
        String expired = "REQ#w-" + UUID.randomUUID() + "#c-1";
        String kept = "SUB#" + UUID.randomUUID();
        aws.dynamoDb().putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(expired),
                "answers", AttributeValue.fromS("{temperature: 38.1}"),
                "ttl", AttributeValue.fromN(Long.toString(now.minusSeconds(1).getEpochSecond())))));
        aws.dynamoDb().putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(kept),
                "ttl", AttributeValue.fromN(Long.toString(now.plusSeconds(86_400L * 700).getEpochSecond())))));
        String user = "USER#" + UUID.randomUUID();
        aws.dynamoDb().putItem(b -> b.tableName(aws.tableName("UsersTable")).item(Map.of(
                "pk", AttributeValue.fromS(user), "ttl", AttributeValue.fromN("1"))));

        int deleted = new TtlSweeper(aws.dynamoDb(), aws.template().tables(), aws::tableName).sweep(now);

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(aws.dynamoDb().getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS(expired))))
                .hasItem()).isFalse();
        assertThat(aws.dynamoDb().getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS(kept))))
                .hasItem()).isTrue();
        assertThat(aws.dynamoDb().getItem(b -> b.tableName(aws.tableName("UsersTable"))
                .key(Map.of("pk", AttributeValue.fromS(user)))).hasItem()).as("no TTL on UsersTable").isTrue();
    }
}
