package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import com.gmpgate.domain.device.DeviceKey;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.DeviceStore;
import com.gmpgate.port.StaleVersionException;
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

/**
 * Workers' phones in UsersTable, one {@code DEVICE#<workerId>} item each beside the user's own item. It carries no
 * {@code siteId} attribute, so the bySite index (an admin's user list) never shows it; the site lives in
 * {@code deviceSite}. A registration is one put conditional on the version read.
 */
public final class DynamoDbDeviceStore implements DeviceStore {

    private static final String DEVICE = "DEVICE#";

    static final TableSchema<DeviceItem> SCHEMA = StaticTableSchema.builder(DeviceItem.class)
            .newItemSupplier(DeviceItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId)
                    .setter((i, v) -> i.workerId = v))
            .addAttribute(String.class, a -> a.name("deviceSite").getter(i -> i.deviceSite)
                    .setter((i, v) -> i.deviceSite = v))
            .addAttribute(String.class, a -> a.name("jkt").getter(i -> i.jkt).setter((i, v) -> i.jkt = v))
            .addAttribute(String.class, a -> a.name("x").getter(i -> i.x).setter((i, v) -> i.x = v))
            .addAttribute(String.class, a -> a.name("y").getter(i -> i.y).setter((i, v) -> i.y = v))
            .addAttribute(String.class, a -> a.name("registeredAt").getter(i -> i.registeredAt)
                    .setter((i, v) -> i.registeredAt = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v))
            .build();

    private final DynamoDbTable<DeviceItem> table;

    public DynamoDbDeviceStore(DynamoDbClient client, String usersTable) {
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(usersTable, SCHEMA);
    }

    @Override
    public Optional<WorkerDevice> find(String workerId) {
        return Optional.ofNullable(DynamoDbErrors.call("read device",
                () -> table.getItem(r -> r.key(key(workerId)).consistentRead(true))))
                .map(DynamoDbDeviceStore::toDevice);
    }

    @Override
    public void save(WorkerDevice device) {
        Expression condition = device.version() == 0
                ? Expression.builder().expression("attribute_not_exists(pk)").build()
                : Expression.builder().expression("#version = :version")
                        .putExpressionName("#version", "version")
                        .putExpressionValue(":version", AttributeValue.fromN(Long.toString(device.version() - 1)))
                        .build();
        try {
            DynamoDbErrors.run("save device", () -> table.putItem(PutItemEnhancedRequest.builder(DeviceItem.class)
                    .item(toItem(device)).conditionExpression(condition).build()));
        } catch (ConflictException e) {
            throw new StaleVersionException("device of " + device.workerId());
        }
    }

    private static Key key(String workerId) {
        return Key.builder().partitionValue(DEVICE + workerId).build();
    }

    private static DeviceItem toItem(WorkerDevice device) {
        DeviceItem item = new DeviceItem();
        item.pk = DEVICE + device.workerId();
        item.workerId = device.workerId();
        item.deviceSite = device.siteId();
        item.jkt = device.key().thumbprint();
        item.x = device.key().x();
        item.y = device.key().y();
        item.registeredAt = Times.format(device.registeredAt());
        item.version = device.version();
        return item;
    }

    private static WorkerDevice toDevice(DeviceItem item) {
        return new WorkerDevice(item.workerId, item.deviceSite, new DeviceKey(item.jkt, item.x, item.y),
                Times.parse(item.registeredAt), item.version);
    }

    /** The stored form of a device; never leaves this adapter. */
    static final class DeviceItem {
        String pk;
        String workerId;
        String deviceSite;
        String jkt;
        String x;
        String y;
        String registeredAt;
        Long version;
    }
}
