package com.gmpgate.gate;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.pass.PassClaims;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate answers for one scan.
 *
 * @param entry    the access-log entry of the scan: for a repeated scan id the first one, which is the answer
 * @param worker   present when the pass's signature was good (the claims of a forged token are never used)
 * @param pass     the pass's signed claims, present under the same condition
 * @param conditions the claims' condition codes with the words of the pass's own rule pack, as its record keeps
 *                   them (a code stands for itself when the pass is not on record); empty without claims
 * @param repeated the scan id had been logged before: nothing was checked or moved this time
 * @param kind     what was read, when it was recognisable as a rotating code or a pass token
 */
public record GateOutcome(AccessLogEntry entry, Optional<GateWorker> worker, Optional<PassClaims> pass,
        List<Condition> conditions, boolean repeated, Optional<CodeKind> kind) {
    public GateOutcome {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(pass, "pass");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(kind, "kind");
    }
}
