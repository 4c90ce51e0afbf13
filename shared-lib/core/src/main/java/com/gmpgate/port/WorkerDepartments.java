package com.gmpgate.port;

import java.util.Optional;

/** A worker's department, and nothing else about them: what an outbreak alert may name. */
public interface WorkerDepartments {

    /** Empty when there is no such worker at that site. */
    Optional<String> departmentOf(String siteId, String workerId);
}
