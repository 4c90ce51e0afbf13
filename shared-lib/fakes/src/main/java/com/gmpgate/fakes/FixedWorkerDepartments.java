package com.gmpgate.fakes;

import com.gmpgate.port.WorkerDepartments;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link WorkerDepartments} from a map of (site, worker) to department. */
public final class FixedWorkerDepartments implements WorkerDepartments {

    private final Map<String, String> departments = new ConcurrentHashMap<>();

    public FixedWorkerDepartments with(String siteId, String workerId, String department) {
        departments.put(siteId + "/" + workerId, department);
        return this;
    }

    @Override
    public Optional<String> departmentOf(String siteId, String workerId) {
        return Optional.ofNullable(departments.get(siteId + "/" + workerId));
    }
}
