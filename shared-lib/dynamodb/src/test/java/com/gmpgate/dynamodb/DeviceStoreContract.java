package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.device.DeviceKey;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.testing.LocalAwsResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class DeviceStoreContract {

    private static final DeviceKey PHONE = new DeviceKey("a".repeat(43), "b".repeat(43), "c".repeat(43));
    private static final DeviceKey NEW_PHONE = new DeviceKey("d".repeat(43), "e".repeat(43), "f".repeat(43));

    DynamoDbDeviceStore store;
    DynamoDbUserStore users;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbDeviceStore(TestClients.dynamoDb(aws), aws.tableName("UsersTable"));
        users = new DynamoDbUserStore(TestClients.dynamoDb(aws), aws.tableName("UsersTable"),
                CursorCodec.ofSecret("device-contract-cursor-secret-0123456789"));
    }

    @Test
    void aRegisteredPhone_readsBack_andANewOneReplacesIt() {
        String worker = TestData.id();
        WorkerDevice first = new WorkerDevice(worker, "site-a", PHONE, TestData.NOW, 0);

        store.save(first);
        WorkerDevice replaced = first.replacedBy(NEW_PHONE, "site-a", TestData.NOW.plusSeconds(60));
        store.save(replaced);

        assertThat(store.find(worker)).contains(replaced);
        assertThat(store.find(TestData.id())).isEmpty();
    }

    @Test
    void aRegistrationThatLostTheRace_isStale() {
        String worker = TestData.id();
        WorkerDevice first = new WorkerDevice(worker, "site-a", PHONE, TestData.NOW, 0);
        store.save(first);

        assertThatThrownBy(() -> store.save(new WorkerDevice(worker, "site-a", NEW_PHONE, TestData.NOW, 0)))
                .isInstanceOf(StaleVersionException.class);
        store.save(first.replacedBy(NEW_PHONE, "site-a", TestData.NOW));
        assertThatThrownBy(() -> store.save(first.replacedBy(PHONE, "site-b", TestData.NOW)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aPhone_neverShowsInTheSitesUserList() {
        String worker = TestData.id();
        store.save(new WorkerDevice(worker, "site-device-list", PHONE, TestData.NOW, 0));

        assertThat(users.listBySite("site-device-list", com.gmpgate.port.PageRequest.first(100)).items()).isEmpty();
    }
}
