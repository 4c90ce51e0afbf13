package com.gmpgate.api;

import com.gmpgate.domain.user.Role;
import java.util.Set;

/** The role sets routes are open to, so a route names who may call it rather than who may not. */
public final class Roles {

    /** People with records of their own or of their site: everyone but a gate device. */
    public static final Set<Role> WORKER_OR_ADMIN = Set.of(Role.WORKER, Role.ADMIN);
    /** What a gate does (scan, manual entry, correction, offline sync, recent scans): the gate and the admins. */
    public static final Set<Role> GATE_OR_ADMIN = Set.of(Role.GATE, Role.ADMIN);

    private Roles() {
    }
}
