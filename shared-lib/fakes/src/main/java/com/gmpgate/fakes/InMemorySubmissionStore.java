package com.gmpgate.fakes;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.Stored;
import com.gmpgate.port.SubmissionStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link SubmissionStore} in memory, with the DynamoDB adapter's semantics: one submission per (worker,
 * clientSubmissionId) — the same request hash gets the first record back with {@code created=false}, another hash
 * an {@link IdempotencyConflictException}; optimistic updates by version; listings newest first (the worker's
 * ordered by site day then time, as its index is), paged with cursors bound to their listing. Thread-safe: every
 * operation holds the store's lock, as a conditional write is atomic per item.
 */
public final class InMemorySubmissionStore implements SubmissionStore {

    /** The byWorker index's sort key: site day, then time. */
    private static final Function<Submission, String> WORKER_ORDER = s -> s.siteDate() + "#" + s.submittedAt();
    private static final Function<Submission, String> SITE_ORDER = s -> s.submittedAt().toString();

    private final Map<String, Submission> byId = new LinkedHashMap<>();
    private final Map<String, String> idByRequest = new HashMap<>();
    private final Cursors cursors = new Cursors();
    private final Outage outage = new Outage();

    @Override
    public synchronized Stored<Submission> create(Submission submission) {
        outage.check();
        String request = submission.workerId() + "#" + submission.clientSubmissionId();
        String firstId = idByRequest.get(request);
        if (firstId != null) {
            Submission first = byId.get(firstId);
            if (!first.requestHash().equals(submission.requestHash())) {
                throw new IdempotencyConflictException("clientSubmissionId", submission.clientSubmissionId());
            }
            return new Stored<>(first, false);
        }
        if (byId.containsKey(submission.id())) {
            throw new ConflictException("submission " + submission.id() + " already exists");
        }
        byId.put(submission.id(), submission);
        idByRequest.put(request, submission.id());
        return new Stored<>(submission, true);
    }

    @Override
    public synchronized Optional<Submission> findById(String submissionId) {
        outage.check();
        return Optional.ofNullable(byId.get(submissionId));
    }

    @Override
    public synchronized void update(Submission submission) {
        outage.check();
        Submission stored = byId.get(submission.id());
        if (stored == null || stored.version() != submission.version() - 1) {
            throw new StaleVersionException("submission " + submission.id());
        }
        byId.put(submission.id(), submission);
    }

    @Override
    public synchronized Page<Submission> listByWorker(String workerId, PageRequest page) {
        outage.check();
        return page("byWorker/" + workerId, page, WORKER_ORDER, s -> s.workerId().equals(workerId));
    }

    @Override
    public synchronized Page<Submission> listBySiteDate(String siteId, LocalDate date, Optional<Verdict> verdict,
            Optional<String> workerId, PageRequest page) {
        outage.check();
        Predicate<Submission> filter = s -> s.siteId().equals(siteId) && s.siteDate().equals(date)
                && verdict.map(v -> s.verdict() == v).orElse(true)
                && workerId.map(w -> s.workerId().equals(w)).orElse(true);
        String listing = "bySiteDate/" + siteId + "/" + date + "/" + verdict.orElse(null) + "/" + workerId.orElse(null);
        return page(listing, page, workerId.isPresent() ? WORKER_ORDER : SITE_ORDER, filter);
    }

    @Override
    public synchronized Optional<Submission> findByClientSubmissionId(String workerId, String clientSubmissionId) {
        outage.check();
        return Optional.ofNullable(idByRequest.get(workerId + "#" + clientSubmissionId)).map(byId::get);
    }

    /** Every stored submission, for assertions. */
    public synchronized List<Submission> all() {
        return List.copyOf(byId.values());
    }

    /** From now on every call fails as an unreachable DynamoDB would, until {@code false}. */
    public void simulateOutage(boolean down) {
        outage.set(down);
    }

    private Page<Submission> page(String listing, PageRequest page, Function<Submission, String> order,
            Predicate<Submission> filter) {
        Optional<String> after = page.cursor().map(cursor -> cursors.open(cursor, listing));
        List<Submission> matching = byId.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing((Submission s) -> position(order, s)).reversed())
                .filter(s -> after.isEmpty() || position(order, s).compareTo(after.get()) < 0)
                .toList();
        List<Submission> items = matching.subList(0, Math.min(page.limit(), matching.size()));
        Optional<String> next = matching.size() > items.size()
                ? Optional.of(cursors.issue(listing, position(order, items.get(items.size() - 1))))
                : Optional.empty();
        return new Page<>(items, next);
    }

    private static String position(Function<Submission, String> order, Submission submission) {
        return order.apply(submission) + '\u0000' + submission.id();
    }
}
