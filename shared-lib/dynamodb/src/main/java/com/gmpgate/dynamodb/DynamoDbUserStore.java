package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Users in UsersTable. A login id is reserved by its own item, {@code LOGIN#<normalized id>}, written
 * with {@code attribute_not_exists} before the user item: with no transactions, that is what makes login
 * ids unique, and it makes the lookup by login id a strongly consistent GetItem (a GSI would lag).
 *
 * <p>If the user write fails after the reservation, the reservation is released; if even that fails
 * (the store went away), the reservation points at a user that does not exist, and a later create may
 * take it over once it is older than {@link #ORPHAN_AFTER} (younger: a concurrent create is in flight).
 */
public final class DynamoDbUserStore implements UserStore {

    static final String INDEX_BY_SITE = "bySite";
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(1);
    private static final String USER = "USER#";
    private static final String LOGIN = "LOGIN#";
    /** Not a UUID, so no user ever has it. */
    private static final String NO_SUCH_USER = "-none-";

    static final TableSchema<UserItem> SCHEMA = StaticTableSchema.builder(UserItem.class)
            .newItemSupplier(UserItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("userId").getter(i -> i.userId).setter((i, v) -> i.userId = v))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v)
                    .tags(secondaryPartitionKey(INDEX_BY_SITE)))
            .addAttribute(String.class, a -> a.name("loginKey").getter(i -> i.loginKey).setter((i, v) -> i.loginKey = v)
                    .tags(secondarySortKey(INDEX_BY_SITE)))
            .addAttribute(String.class, a -> a.name("loginId").getter(i -> i.loginId).setter((i, v) -> i.loginId = v))
            .addAttribute(String.class, a -> a.name("displayName").getter(i -> i.displayName)
                    .setter((i, v) -> i.displayName = v))
            .addAttribute(String.class, a -> a.name("department").getter(i -> i.department)
                    .setter((i, v) -> i.department = v))
            .addAttribute(String.class, a -> a.name("role").getter(i -> i.role).setter((i, v) -> i.role = v))
            .addAttribute(String.class, a -> a.name("status").getter(i -> i.status).setter((i, v) -> i.status = v))
            .addAttribute(String.class, a -> a.name("passwordHash").getter(i -> i.passwordHash)
                    .setter((i, v) -> i.passwordHash = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("recentFailedLogins")
                    .getter(i -> i.recentFailedLogins).setter((i, v) -> i.recentFailedLogins = v))
            .addAttribute(String.class, a -> a.name("lockedUntil").getter(i -> i.lockedUntil)
                    .setter((i, v) -> i.lockedUntil = v))
            .addAttribute(String.class, a -> a.name("createdAt").getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v))
            .addAttribute(Long.class, a -> a.name("tokenVersion").getter(i -> i.tokenVersion)
                    .setter((i, v) -> i.tokenVersion = v))
            .addAttribute(Boolean.class, a -> a.name("passwordChangeRequired").getter(i -> i.passwordChangeRequired)
                    .setter((i, v) -> i.passwordChangeRequired = v))
            .build();

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<UserItem> table;
    private final DynamoDbIndex<UserItem> bySite;
    private final Paging<UserItem> paging;
    private final Clock clock;

    public DynamoDbUserStore(DynamoDbClient client, String tableName, CursorCodec cursors) {
        this(client, tableName, cursors, Clock.systemUTC());
    }

    public DynamoDbUserStore(DynamoDbClient client, String tableName, CursorCodec cursors, Clock clock) {
        this.client = client;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.bySite = table.index(INDEX_BY_SITE);
        this.paging = new Paging<>(SCHEMA, cursors);
        this.clock = clock;
    }

    @Override
    public void create(User user) {
        String loginKey = User.normalizeLoginId(user.loginId());
        reserveLogin(loginKey, user.id());
        boolean written;
        try {
            written = DynamoDbErrors.call("create user", () -> {
                try {
                    table.putItem(PutItemEnhancedRequest.builder(UserItem.class)
                            .item(toItem(user))
                            .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build())
                            .build());
                    return true;
                } catch (ConditionalCheckFailedException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            releaseLogin(loginKey, user.id());
            throw e;
        }
        if (!written) {
            // the user id exists: this create ran before (the login id is its own), or ids collided
            boolean sameLogin = findById(user.id())
                    .filter(u -> User.normalizeLoginId(u.loginId()).equals(loginKey))
                    .isPresent();
            if (sameLogin) {
                throw new LoginIdTakenException(loginKey);
            }
            releaseLogin(loginKey, user.id());
            throw new ConflictException("user " + user.id() + " already exists");
        }
    }

    @Override
    public Optional<User> findById(String userId) {
        return DynamoDbErrors.call("find user", () -> Optional.ofNullable(
                table.getItem(r -> r.key(key(USER + userId)).consistentRead(true))).map(DynamoDbUserStore::toUser));
    }

    /**
     * Two strongly consistent GetItems whether or not the login id exists (for an unknown one, the second reads a
     * user id that cannot exist): a login must not answer an unknown id measurably faster than a real one.
     */
    @Override
    public Optional<User> findByLoginId(String loginId) {
        String loginKey = User.normalizeLoginId(loginId);
        Optional<Reservation> reservation = reservation(loginKey);
        Optional<User> user = findById(reservation.map(r -> r.userId).orElse(NO_SUCH_USER));
        return reservation.flatMap(r -> user)
                // a stale reservation (the user was renamed since) must not answer for the old login id
                .filter(found -> User.normalizeLoginId(found.loginId()).equals(loginKey));
    }

    @Override
    public void update(User user) {
        String loginKey = User.normalizeLoginId(user.loginId());
        try {
            DynamoDbErrors.run("update user", () -> table.putItem(PutItemEnhancedRequest.builder(UserItem.class)
                    .item(toItem(user))
                    .conditionExpression(versionIs(user.version() - 1)
                            .and(Expression.builder().expression("#loginKey = :loginKey")
                                    .putExpressionName("#loginKey", "loginKey")
                                    .putExpressionValue(":loginKey", AttributeValue.fromS(loginKey))
                                    .build()))
                    .build()));
        } catch (ConflictException e) {
            User stored = findById(user.id()).orElseThrow(() -> new StaleVersionException("user " + user.id()));
            if (stored.version() != user.version() - 1) {
                throw new StaleVersionException("user " + user.id());
            }
            rename(user, User.normalizeLoginId(stored.loginId()), loginKey);
        }
    }

    @Override
    public Page<User> listBySite(String siteId, PageRequest page) {
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(siteId)));
        return DynamoDbErrors.call("list users", () -> paging.page("users/bySite/" + siteId, page,
                List.of("pk", "siteId", "loginKey"), request, bySite::query, DynamoDbUserStore::toUser));
    }

    /** The login id changed: reserve the new one, move the user, then release the old one. */
    private void rename(User user, String oldKey, String newKey) {
        reserveLogin(newKey, user.id());
        try {
            DynamoDbErrors.run("update user", () -> {
                try {
                    table.putItem(PutItemEnhancedRequest.builder(UserItem.class)
                            .item(toItem(user))
                            .conditionExpression(versionIs(user.version() - 1))
                            .build());
                } catch (ConditionalCheckFailedException e) {
                    throw new StaleVersionException("user " + user.id());
                }
            });
        } catch (RuntimeException e) {
            releaseLogin(newKey, user.id());
            throw e;
        }
        releaseLogin(oldKey, user.id());
    }

    private void reserveLogin(String loginKey, String userId) {
        Instant now = clock.instant();
        Map<String, AttributeValue> reservation = Map.of(
                "pk", AttributeValue.fromS(LOGIN + loginKey),
                "userId", AttributeValue.fromS(userId),
                "reservedAt", AttributeValue.fromS(Times.format(now)));
        boolean reserved = DynamoDbErrors.call("reserve login id", () -> {
            try {
                client.putItem(b -> b.tableName(tableName).item(reservation).conditionExpression("attribute_not_exists(pk)"));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
        if (reserved) {
            return;
        }
        Reservation existing = reservation(loginKey).orElseThrow(() -> new LoginIdTakenException(loginKey));
        if (existing.userId.equals(userId)) {
            return; // our own reservation, left by an earlier attempt of this very create
        }
        boolean inUse = findById(existing.userId)
                .filter(u -> User.normalizeLoginId(u.loginId()).equals(loginKey))
                .isPresent();
        if (inUse || existing.reservedAt.plus(ORPHAN_AFTER).isAfter(now)) {
            throw new LoginIdTakenException(loginKey);
        }
        // an orphan: its create failed half-way, or its user was renamed; take it over, unless someone else just did
        boolean takenOver = DynamoDbErrors.call("reserve login id", () -> {
            try {
                client.putItem(b -> b.tableName(tableName).item(reservation)
                        .conditionExpression("userId = :previous")
                        .expressionAttributeValues(Map.of(":previous", AttributeValue.fromS(existing.userId))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
        if (!takenOver) {
            throw new LoginIdTakenException(loginKey);
        }
    }

    /** Best effort: if this fails too, the orphan is taken over later (see the class comment). */
    private void releaseLogin(String loginKey, String userId) {
        try {
            client.deleteItem(b -> b.tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(LOGIN + loginKey)))
                    .conditionExpression("userId = :userId")
                    .expressionAttributeValues(Map.of(":userId", AttributeValue.fromS(userId))));
        } catch (RuntimeException e) {
            // nothing more to do now
        }
    }

    private Optional<Reservation> reservation(String loginKey) {
        return DynamoDbErrors.call("find login id", () -> {
            var item = client.getItem(b -> b.tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(LOGIN + loginKey))).consistentRead(true)).item();
            if (item == null || item.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Reservation(item.get("userId").s(), Times.parse(item.get("reservedAt").s())));
        });
    }

    private static Expression versionIs(long version) {
        return Expression.builder()
                .expression("#version = :version")
                .putExpressionName("#version", "version")
                .putExpressionValue(":version", AttributeValue.fromN(Long.toString(version)))
                .build();
    }

    private static Key key(String pk) {
        return Key.builder().partitionValue(pk).build();
    }

    private record Reservation(String userId, Instant reservedAt) {
    }

    static UserItem toItem(User user) {
        UserItem item = new UserItem();
        item.pk = USER + user.id();
        item.userId = user.id();
        item.siteId = user.siteId();
        item.loginId = user.loginId();
        item.loginKey = User.normalizeLoginId(user.loginId());
        item.displayName = user.displayName();
        item.department = user.department();
        item.role = user.role().name();
        item.status = user.status().name();
        item.passwordHash = user.passwordHash();
        item.recentFailedLogins = user.recentFailedLogins().stream().map(Times::format).toList();
        item.lockedUntil = user.lockedUntil().map(Times::format).orElse(null);
        item.createdAt = Times.format(user.createdAt());
        item.updatedAt = Times.format(user.updatedAt());
        item.version = user.version();
        item.tokenVersion = user.tokenVersion();
        // absent rather than false: most users never have a reset pending
        item.passwordChangeRequired = user.passwordChangeRequired() ? Boolean.TRUE : null;
        return item;
    }

    static User toUser(UserItem item) {
        return new User(item.userId, item.siteId, item.loginId, item.displayName, item.department,
                Role.valueOf(item.role), UserStatus.valueOf(item.status), item.passwordHash,
                item.recentFailedLogins == null ? List.of()
                        : item.recentFailedLogins.stream().map(Times::parse).toList(),
                Optional.ofNullable(item.lockedUntil).map(Times::parse),
                Times.parse(item.createdAt), Times.parse(item.updatedAt), item.version,
                // items written before these attributes existed: version 0, nothing pending
                item.tokenVersion == null ? 0 : item.tokenVersion, Boolean.TRUE.equals(item.passwordChangeRequired));
    }

    /** The stored form of a user; never leaves this adapter. */
    static final class UserItem {
        String pk;
        String userId;
        String siteId;
        String loginKey;
        String loginId;
        String displayName;
        String department;
        String role;
        String status;
        String passwordHash;
        List<String> recentFailedLogins;
        String lockedUntil;
        String createdAt;
        String updatedAt;
        Long version;
        Long tokenVersion;
        Boolean passwordChangeRequired;
    }
}
