package com.gmpgate.fakes;

import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.ConflictException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AnalysisStore} in memory, with the DynamoDB adapter's semantics: an id is created once and only an
 * existing one can be updated; the latest analysis of an image is the one created last; the daily count uses the
 * site day of {@code createdAt} in the plants' time zone. Thread-safe.
 */
public final class InMemoryAnalysisStore implements AnalysisStore {

    private final Map<String, Analysis> byId = new LinkedHashMap<>();
    private final ZoneId siteZone;
    private final Outage outage = new Outage();

    public InMemoryAnalysisStore() {
        this(ZoneId.of("Asia/Seoul"));
    }

    public InMemoryAnalysisStore(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    @Override
    public synchronized void create(Analysis analysis) {
        outage.check();
        if (byId.putIfAbsent(analysis.id(), analysis) != null) {
            throw new ConflictException("analysis " + analysis.id() + " already exists");
        }
    }

    @Override
    public synchronized void update(Analysis analysis) {
        outage.check();
        if (!byId.containsKey(analysis.id())) {
            throw new ConflictException("analysis " + analysis.id() + " does not exist");
        }
        byId.put(analysis.id(), analysis);
    }

    @Override
    public synchronized Optional<Analysis> findById(String analysisId) {
        outage.check();
        return Optional.ofNullable(byId.get(analysisId));
    }

    @Override
    public synchronized Optional<Analysis> findLatestByImageKey(String imageKey) {
        outage.check();
        return byId.values().stream()
                .filter(a -> a.imageKey().equals(imageKey))
                .max(Comparator.comparing(Analysis::createdAt));
    }

    @Override
    public synchronized int countByWorkerOnDate(String workerId, LocalDate siteDate) {
        outage.check();
        return (int) byId.values().stream()
                .filter(a -> a.workerId().equals(workerId)
                        && LocalDate.ofInstant(a.createdAt(), siteZone).equals(siteDate))
                .count();
    }

    /** Every stored analysis, for assertions. */
    public synchronized List<Analysis> all() {
        return List.copyOf(byId.values());
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }
}
