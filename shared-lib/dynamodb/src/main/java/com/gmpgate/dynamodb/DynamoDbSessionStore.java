package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Refresh tokens in SessionsTable: {@code TOKEN#<hash>} per token, and {@code FAMILY#<id>} once a family
 * is revoked. Revoking a family is one write to that family item, which every lookup reads with the
 * token; marking each token through a family index instead would miss a token the index had not caught
 * up with yet (GSIs are eventually consistent), and that token would be the leaked one's newest.
 */
public final class DynamoDbSessionStore implements SessionStore {

    /** How long a revoked family is remembered: longer than any refresh token of it lives. */
    public static final Duration DEFAULT_FAMILY_MEMORY = Duration.ofDays(90);
    private static final String TOKEN = "TOKEN#";
    private static final String FAMILY = "FAMILY#";

    static final TableSchema<SessionItem> SCHEMA = StaticTableSchema.builder(SessionItem.class)
            .newItemSupplier(SessionItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("tokenHash").getter(i -> i.tokenHash).setter((i, v) -> i.tokenHash = v))
            .addAttribute(String.class, a -> a.name("familyId").getter(i -> i.familyId).setter((i, v) -> i.familyId = v))
            .addAttribute(String.class, a -> a.name("userId").getter(i -> i.userId).setter((i, v) -> i.userId = v))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v))
            .addAttribute(String.class, a -> a.name("issuedAt").getter(i -> i.issuedAt).setter((i, v) -> i.issuedAt = v))
            .addAttribute(String.class, a -> a.name("expiresAt").getter(i -> i.expiresAt).setter((i, v) -> i.expiresAt = v))
            .addAttribute(String.class, a -> a.name("rotatedAt").getter(i -> i.rotatedAt).setter((i, v) -> i.rotatedAt = v))
            .addAttribute(String.class, a -> a.name("revokedAt").getter(i -> i.revokedAt).setter((i, v) -> i.revokedAt = v))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<SessionItem> table;
    private final Duration familyMemory;

    public DynamoDbSessionStore(DynamoDbClient client, String tableName) {
        this(client, tableName, DEFAULT_FAMILY_MEMORY);
    }

    public DynamoDbSessionStore(DynamoDbClient client, String tableName, Duration familyMemory) {
        this.client = client;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.familyMemory = familyMemory;
    }

    @Override
    public void create(RefreshSession session) {
        SessionItem item = new SessionItem();
        item.pk = TOKEN + session.tokenHash();
        item.tokenHash = session.tokenHash();
        item.familyId = session.familyId();
        item.userId = session.userId();
        item.siteId = session.siteId();
        item.issuedAt = Times.format(session.issuedAt());
        item.expiresAt = Times.format(session.expiresAt());
        item.rotatedAt = session.rotatedAt().map(Times::format).orElse(null);
        item.revokedAt = session.revokedAt().map(Times::format).orElse(null);
        item.ttl = Times.ttl(session.expiresAt());
        DynamoDbErrors.run("create session", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(SessionItem.class).item(item)
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build())
                        .build());
            } catch (ConditionalCheckFailedException e) {
                throw new ConflictException("a session with this token hash exists");
            }
        });
    }

    @Override
    public Optional<RefreshSession> findByTokenHash(String tokenHash) {
        return DynamoDbErrors.call("find session", () -> {
            SessionItem token = table.getItem(r -> r.key(key(TOKEN + tokenHash)).consistentRead(true));
            if (token == null) {
                return Optional.empty();
            }
            SessionItem family = table.getItem(r -> r.key(key(FAMILY + token.familyId)).consistentRead(true));
            Optional<Instant> revokedAt = Optional.ofNullable(token.revokedAt)
                    .or(() -> Optional.ofNullable(family).map(f -> f.revokedAt))
                    .map(Times::parse);
            return Optional.of(new RefreshSession(token.tokenHash, token.familyId, token.userId, token.siteId,
                    Times.parse(token.issuedAt), Times.parse(token.expiresAt),
                    Optional.ofNullable(token.rotatedAt).map(Times::parse), revokedAt));
        });
    }

    @Override
    public boolean markRotated(String tokenHash, Instant at) {
        return DynamoDbErrors.call("rotate session", () -> {
            try {
                client.updateItem(b -> b.tableName(tableName)
                        .key(Map.of("pk", AttributeValue.fromS(TOKEN + tokenHash)))
                        .updateExpression("SET rotatedAt = :at")
                        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(rotatedAt)"
                                + " AND attribute_not_exists(revokedAt)")
                        .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(Times.format(at)))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    @Override
    public void revokeFamily(String familyId, Instant at) {
        // if_not_exists: revoking twice keeps the first instant (the audit trail's "when")
        DynamoDbErrors.run("revoke session family", () -> client.updateItem(b -> b.tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS(FAMILY + familyId)))
                .updateExpression("SET familyId = :family, revokedAt = if_not_exists(revokedAt, :at), #ttl = :ttl")
                .expressionAttributeNames(Map.of("#ttl", "ttl"))
                .expressionAttributeValues(Map.of(
                        ":family", AttributeValue.fromS(familyId),
                        ":at", AttributeValue.fromS(Times.format(at)),
                        ":ttl", AttributeValue.fromN(Long.toString(Times.ttl(at, familyMemory)))))));
    }

    private static Key key(String pk) {
        return Key.builder().partitionValue(pk).build();
    }

    /** The stored form of a token or a revoked family; never leaves this adapter. */
    static final class SessionItem {
        String pk;
        String tokenHash;
        String familyId;
        String userId;
        String siteId;
        String issuedAt;
        String expiresAt;
        String rotatedAt;
        String revokedAt;
        Long ttl;
    }
}
