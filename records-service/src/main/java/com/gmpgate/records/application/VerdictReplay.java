package com.gmpgate.records.application;

import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.ReplayResult;
import com.gmpgate.domain.verdict.VerdictEngine;
import com.gmpgate.port.SubmissionStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An auditor's check of one stored verdict: is every reviewer signature still whole, and does the verdict come out
 * the same when its rule pack (found by content hash) evaluates its answers again? After the answer retention the
 * raw answers are gone: the replay then says so and what still stands (the rule-pack hash, the fired rules, the
 * conditions, the decisions and their signatures), rather than re-running on nothing.
 */
public final class VerdictReplay {

    /** What a replay could do. */
    public enum Outcome {
        /** re-evaluated with the same pack: same verdict, reasons and conditions */
        MATCHES,
        /** re-evaluated with the same pack: something differs (listed) */
        DIFFERS,
        /** the raw answers expired: only the stored record can be shown */
        ANSWERS_EXPIRED,
        /** no shipped pack has the recorded content hash (a pack since changed without keeping the old one) */
        RULE_PACK_UNKNOWN
    }

    public record Result(Submission submission, Outcome outcome, List<String> differences,
                         List<SignedDecisions.Status> signatures, Optional<RulePack> pack) {
    }

    private final SubmissionStore submissions;
    private final RulePacks packs;
    private final VerdictEngine engine;
    private final Clock clock;

    public VerdictReplay(SubmissionStore submissions, RulePacks packs, VerdictEngine engine, Clock clock) {
        this.submissions = submissions;
        this.packs = packs;
        this.engine = engine;
        this.clock = clock;
    }

    /** @throws NoSuchRecordException when the site has no submission of that id (another site's is the same) */
    public Result replay(String siteId, String submissionId) {
        Submission s = submissions.findById(submissionId).filter(found -> found.siteId().equals(siteId))
                .orElseThrow(NoSuchRecordException::new);
        List<SignedDecisions.Status> signatures = SignedDecisions.statuses(s);
        Optional<RulePack> pack = packs.findByHash(s.evaluation().rulePackHash())
                .filter(p -> p.id().equals(s.evaluation().rulePackId()));
        if (s.evaluation().answers().isEmpty() || !clock.instant().isBefore(s.expiresAt())) {
            return new Result(s, Outcome.ANSWERS_EXPIRED, List.of(), signatures, pack);
        }
        if (pack.isEmpty()) {
            return new Result(s, Outcome.RULE_PACK_UNKNOWN, List.of(), signatures, pack);
        }
        ReplayResult replayed = engine.replay(s.evaluation(), pack.get());
        return new Result(s, replayed.matches() ? Outcome.MATCHES : Outcome.DIFFERS, replayed.differences(), signatures,
                pack);
    }
}
