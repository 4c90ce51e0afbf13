package com.gmpgate.auth.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.auth.application.DeviceService;
import com.gmpgate.domain.device.DeviceKey;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.dynamodb.DynamoDbDeviceStore;
import com.gmpgate.fakes.TestDevices;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Phones of one worker registering at the same moment (issue 19): one put per registration, conditional on the
 * version read (DynamoDbDeviceStore), against dynalite. Whatever the interleaving, the worker ends with one current
 * key — the last registration that succeeded — and every other registration that reported success was retired by
 * a later one: the successes carry the versions 0, 1, 2, … each once, so none overwrote another unseen. A
 * registration that lost every round says so (StaleVersionException, the PWA registers again).
 */
@LocalAwsTest
class DeviceRegistrationRaceIT {

    static final int PHONES = 8;

    @RepeatedTest(3)
    void concurrentRegistrations_leaveOneCurrentKey_andRetireTheOthers(LocalAwsResources aws) throws Exception {
        DynamoDbDeviceStore devices = new DynamoDbDeviceStore(aws.dynamoDb(), aws.tableName("UsersTable"));
        DeviceService service = new DeviceService(devices, Clock.systemUTC());
        String worker = "w-race-" + UUID.randomUUID();
        List<DeviceKey> keys = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            keys.add(TestDevices.unregistered().key());
        }

        ExecutorService pool = Executors.newFixedThreadPool(PHONES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DeviceService.Registration>> results = new ArrayList<>();
        try {
            for (DeviceKey key : keys) {
                results.add(pool.submit(() -> {
                    start.await();
                    return service.register(worker, "site-race", key.x(), key.y());
                }));
            }
            start.countDown();
            List<DeviceService.Registration> succeeded = new ArrayList<>();
            int stale = 0;
            for (Future<DeviceService.Registration> result : results) {
                try {
                    succeeded.add(result.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
                    stale++;
                }
            }

            assertThat(succeeded).isNotEmpty();
            assertThat(succeeded.size() + stale).isEqualTo(PHONES);
            // each success its own version: no registration overwrote another without having read it
            assertThat(succeeded).extracting(r -> r.device().version())
                    .containsExactlyInAnyOrderElementsOf(range(succeeded.size()));
            WorkerDevice last = succeeded.stream().max((a, b) -> Long.compare(a.device().version(),
                    b.device().version())).orElseThrow().device();
            WorkerDevice current = devices.find(worker).orElseThrow();
            assertThat(current).isEqualTo(last);
            // the others are retired: exactly one of the keys is current, and it is a key that was registered
            assertThat(keys).filteredOn(k -> k.equals(current.key())).hasSize(1);
            assertThat(succeeded).filteredOn(r -> r.device().key().equals(current.key())).hasSize(1);
            assertThat(succeeded).filteredOn(r -> !r.replaced()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> range(int n) {
        List<Long> versions = new ArrayList<>();
        for (long v = 0; v < n; v++) {
            versions.add(v);
        }
        return versions;
    }
}
