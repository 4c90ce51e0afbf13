package com.gmpgate.fakes;

import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.port.DeviceStore;
import com.gmpgate.port.StaleVersionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link DeviceStore} in memory, with the DynamoDB adapter's optimistic versioning. Thread-safe. */
public final class InMemoryDeviceStore implements DeviceStore {

    private final Map<String, WorkerDevice> byWorker = new HashMap<>();
    private final Outage outage = new Outage();

    @Override
    public synchronized Optional<WorkerDevice> find(String workerId) {
        outage.check();
        return Optional.ofNullable(byWorker.get(workerId));
    }

    @Override
    public synchronized void save(WorkerDevice device) {
        outage.check();
        WorkerDevice stored = byWorker.get(device.workerId());
        long expected = stored == null ? -1 : stored.version();
        if (device.version() != expected + 1) {
            throw new StaleVersionException("device of " + device.workerId());
        }
        byWorker.put(device.workerId(), device);
    }
}
