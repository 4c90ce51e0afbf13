package com.gmpgate.fakes;

import com.gmpgate.domain.notify.GastroFail;
import com.gmpgate.port.OutbreakLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link OutbreakLedger} in memory with the DynamoDB adapter's semantics; thread-safe. */
public final class InMemoryOutbreakLedger implements OutbreakLedger {

    private final Map<String, GastroFail> fails = new LinkedHashMap<>();
    private final Map<String, Instant> alerts = new HashMap<>();

    @Override
    public synchronized void record(GastroFail fail) {
        fails.put(fail.siteId() + "#" + fail.occurredAt() + "#" + fail.submissionId(), fail);
    }

    @Override
    public synchronized List<GastroFail> between(String siteId, Instant from, Instant to) {
        List<GastroFail> found = new ArrayList<>();
        for (GastroFail fail : fails.values()) {
            if (fail.siteId().equals(siteId) && !fail.occurredAt().isBefore(from) && !fail.occurredAt().isAfter(to)) {
                found.add(fail);
            }
        }
        found.sort(Comparator.comparing(GastroFail::occurredAt).thenComparing(GastroFail::submissionId));
        return found;
    }

    @Override
    public synchronized boolean claimAlert(String siteId, Instant at, Instant quietSince) {
        Instant last = alerts.get(siteId);
        if (last != null && !last.isBefore(quietSince)) {
            return false;
        }
        alerts.put(siteId, at);
        return true;
    }

    @Override
    public synchronized void releaseAlert(String siteId, Instant at) {
        alerts.remove(siteId, at);
    }
}
