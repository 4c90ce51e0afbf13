package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.user.User;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What every UserStore backend must do; run against dynalite and, where Docker runs, LocalStack. */
abstract class UserStoreContract {

    LocalAwsResources aws;
    DynamoDbUserStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        this.aws = aws;
        store = new DynamoDbUserStore(TestClients.dynamoDb(aws), aws.tableName("UsersTable"), TestClients.CURSORS);
    }

    @Test
    void aCreatedUser_isFoundById_andByItsLoginIdInAnyCase() {
        User user = TestData.user("site-a", "Worker-" + TestData.id());

        store.create(user);

        assertThat(store.findById(user.id())).contains(user);
        assertThat(store.findByLoginId(user.loginId().toUpperCase())).contains(user);
        assertThat(store.findByLoginId("nobody-" + TestData.id())).isEmpty();
    }

    @Test
    void create_refusesALoginIdThatDiffersOnlyInCase_evenOnAnotherSite() {
        String loginId = "kim-" + TestData.id();
        store.create(TestData.user("site-a", loginId));

        assertThatThrownBy(() -> store.create(TestData.user("site-b", " " + loginId.toUpperCase())))
                .isInstanceOf(LoginIdTakenException.class);
    }

    @Test
    void update_replacesTheUser_whenItsVersionFollowsTheStoredOne() {
        User user = TestData.user("site-a", "lee-" + TestData.id());
        store.create(user);

        User changed = TestData.nextVersion(user, "이 반장");
        store.update(changed);

        assertThat(store.findById(user.id())).contains(changed);
    }

    @Test
    void findByLoginId_readsAsMuch_forAnUnknownIdAsForAKnownOne(LocalAwsResources aws) {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        software.amazon.awssdk.services.dynamodb.DynamoDbClient real = TestClients.dynamoDb(aws);
        var counting = (software.amazon.awssdk.services.dynamodb.DynamoDbClient) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {software.amazon.awssdk.services.dynamodb.DynamoDbClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getItem")) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DynamoDbUserStore countingStore = new DynamoDbUserStore(counting, aws.tableName("UsersTable"),
                TestClients.CURSORS);
        User user = TestData.user("site-a", "kang-" + TestData.id());
        store.create(user);

        assertThat(countingStore.findByLoginId(user.loginId())).isPresent();
        int known = reads.getAndSet(0);
        assertThat(countingStore.findByLoginId("nobody-" + TestData.id())).isEmpty();

        assertThat(reads.get()).isEqualTo(known).isEqualTo(2);
    }

    @Test
    void theTokenVersionAndAPendingPasswordChange_roundTrip() {
        User user = TestData.user("site-a", "choi-" + TestData.id());
        store.create(user);
        User changed = new User(user.id(), user.siteId(), user.loginId(), user.displayName(), user.department(),
                user.role(), user.status(), user.passwordHash(), List.of(), Optional.empty(), user.createdAt(),
                user.updatedAt(), user.version() + 1, 7, true);

        store.update(changed);

        assertThat(store.findById(user.id())).contains(changed);
        assertThat(store.findById(user.id()).orElseThrow().tokenVersion()).isEqualTo(7);
        assertThat(store.findByLoginId(user.loginId()).orElseThrow().passwordChangeRequired()).isTrue();
    }

    @Test
    void update_refusesAStaleVersion_andLeavesTheStoredUserAlone() {
        User user = TestData.user("site-a", "park-" + TestData.id());
        store.create(user);
        store.update(TestData.nextVersion(user, "first writer"));

        assertThatThrownBy(() -> store.update(TestData.nextVersion(user, "second writer")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.findById(user.id()).orElseThrow().displayName()).isEqualTo("first writer");
    }

    @Test
    void update_withANewLoginId_movesTheReservation_soTheOldIdIsFreeAgain() {
        String oldLogin = "choi-" + TestData.id();
        User user = TestData.user("site-a", oldLogin);
        store.create(user);

        User renamed = TestData.renamed(user, "choi-new-" + TestData.id());
        store.update(renamed);

        assertThat(store.findByLoginId(renamed.loginId())).contains(renamed);
        assertThat(store.findByLoginId(oldLogin)).isEmpty();
        store.create(TestData.user("site-a", oldLogin));
        assertThat(store.findByLoginId(oldLogin)).isPresent();
    }

    @Test
    void create_takesOverAReservationWhoseUserWasNeverWritten_onceItIsOld() {
        String loginId = "orphan-" + TestData.id();
        // what a create that died between its two writes leaves behind
        aws.dynamoDb().putItem(b -> b.tableName(aws.tableName("UsersTable")).item(Map.of(
                "pk", AttributeValue.fromS("LOGIN#" + loginId),
                "userId", AttributeValue.fromS("never-written"),
                "reservedAt", AttributeValue.fromS(Times.format(TestData.NOW)))));
        User user = TestData.user("site-a", loginId);

        Clock soon = Clock.fixed(TestData.NOW.plusSeconds(10), ZoneOffset.UTC);
        assertThatThrownBy(() -> new DynamoDbUserStore(TestClients.dynamoDb(aws), aws.tableName("UsersTable"),
                TestClients.CURSORS, soon).create(user)).isInstanceOf(LoginIdTakenException.class);

        Clock later = Clock.fixed(TestData.NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC);
        new DynamoDbUserStore(TestClients.dynamoDb(aws), aws.tableName("UsersTable"), TestClients.CURSORS, later)
                .create(user);
        assertThat(store.findByLoginId(loginId)).contains(user);
    }

    @Test
    void listBySite_pagesThroughTheSitesUsersOnly_inLoginIdOrder() {
        String site = "site-" + TestData.id();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            User user = TestData.user(site, "u" + i + "-" + TestData.id());
            store.create(user);
            created.add(user.id());
        }
        store.create(TestData.user("other-" + site, "x-" + TestData.id()));

        List<User> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<User> page = store.listBySite(site, new PageRequest(cursor, 2));
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(User::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen).extracting(User::loginId).isSorted();
    }

    @Test
    void listBySite_refusesATamperedCursor_andOneIssuedForAnotherSite() {
        String site = "site-" + TestData.id();
        for (int i = 0; i < 3; i++) {
            store.create(TestData.user(site, "t" + i + "-" + TestData.id()));
        }
        String cursor = store.listBySite(site, PageRequest.first(1)).nextCursor().orElseThrow();
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

        assertThatThrownBy(() -> store.listBySite(site, new PageRequest(Optional.of(tampered), 1)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.listBySite("another-site", new PageRequest(Optional.of(cursor), 1)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.listBySite(site, new PageRequest(Optional.of("garbage"), 1)))
                .isInstanceOf(InvalidCursorException.class);
    }
}
