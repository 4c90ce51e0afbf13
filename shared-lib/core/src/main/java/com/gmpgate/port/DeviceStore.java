package com.gmpgate.port;

import com.gmpgate.domain.device.WorkerDevice;
import java.util.Optional;

/** Each worker's registered phone (one item per worker, beside the user record). */
public interface DeviceStore {

    Optional<WorkerDevice> find(String workerId);

    /**
     * Stores {@code device} if the stored one's version is {@code device.version() - 1}, or none is stored and its
     * version is 0.
     *
     * @throws StaleVersionException when another registration got there first
     */
    void save(WorkerDevice device);
}
