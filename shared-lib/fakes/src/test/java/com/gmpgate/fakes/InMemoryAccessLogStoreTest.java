package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.Stored;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake keeps the DynamoDB adapter's promises (AccessLogStoreContract checks the adapter on dynalite). */
class InMemoryAccessLogStoreTest {

    private static final Instant T = Instant.parse("2026-03-02T00:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final InMemoryAccessLogStore store = new InMemoryAccessLogStore();

    @Test
    void aScanIsStoredOnce_aRepeatGetsTheFirst_andAnotherScanUnderItsIdIsAConflict() throws Exception {
        List<Stored<AccessLogEntry>> racing = Race.run(10, i -> () -> store.append(entry("e-" + i, "scan", "w1", T)));

        assertThat(racing).filteredOn(Stored::created).hasSize(1);
        assertThat(racing).extracting(Stored::value).containsOnly(store.all().get(0));
        assertThatThrownBy(() -> store.append(entry("e-x", "scan", "w2", T)))
                .isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void theDay_isNewestFirst_pagedWithCursorsBoundToTheListing() {
        for (int i = 0; i < 5; i++) {
            store.append(entry("e-" + i, "s-" + i, "w1", T.plusSeconds(i)));
        }

        Page<AccessLogEntry> first = store.listBySiteDate("site", DAY, Optional.empty(), Optional.empty(),
                PageRequest.first(3));
        Page<AccessLogEntry> rest = store.listBySiteDate("site", DAY, Optional.empty(), Optional.empty(),
                new PageRequest(first.nextCursor(), 3));

        assertThat(first.items()).extracting(AccessLogEntry::id).containsExactly("e-4", "e-3", "e-2");
        assertThat(rest.items()).extracting(AccessLogEntry::id).containsExactly("e-1", "e-0");
        assertThat(rest.nextCursor()).isEmpty();
        assertThatThrownBy(() -> store.listBySiteDate("other", DAY, Optional.empty(), Optional.empty(),
                new PageRequest(first.nextCursor(), 3))).isInstanceOf(InvalidCursorException.class);
    }

    private static AccessLogEntry entry(String id, String scanId, String workerId, Instant at) {
        return new AccessLogEntry(id, "site", scanId, at, DAY, Optional.of(workerId), Optional.empty(), "GATE-1",
                Direction.IN, GateResult.REJECTED, Optional.of(GateRejection.ALREADY_INSIDE), Optional.of("p"),
                "u-admin", false, at);
    }
}
