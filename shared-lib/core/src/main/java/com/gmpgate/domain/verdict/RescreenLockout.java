package com.gmpgate.domain.verdict;

import com.gmpgate.domain.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After a FAIL, further screenings that site day cannot yield a pass until an admin reinstates the worker:
 * otherwise the easiest way round the gate is to answer again, differently.
 *
 * <p>Locked out iff some earlier FAIL of the day is neither reinstated nor older than a reinstatement.
 * Two refinements of "an unreinstated FAIL": a FAIL that was only the lockout's echo does not count on its own
 * (else reinstating the first FAIL would leave the worker locked by the retries), and an admin's reinstatement
 * clears every FAIL up to it (the admin saw the worker as they were then). ACTION_REQUIRED never locks out.
 * All screenings given count, whatever their time: the caller chooses the site day, and a FAIL stamped a
 * little ahead by a skewed clock must still lock.
 */
public final class RescreenLockout {
    public static final String RULE_ID = "RESCREEN_LOCKOUT";
    public static final Citation CITATION =
            new Citation(CitationKind.SITE_POLICY, "재검사 제한 — 당일 부적합 후 관리자 승인 필요", true);
    public static final LocalizedText MESSAGE = LocalizedText.of(
            "오늘 이미 부적합 판정을 받았습니다. 관리자의 재승인 없이는 다시 점검해도 작업장에 들어갈 수 없습니다.",
            "You were already found unfit today. Answering again cannot admit you until an administrator reinstates you.");
    public static final LocalizedText RETURN_TO_WORK = LocalizedText.of(
            "관리자(위생 책임자)에게 재승인을 요청하세요. 재승인 후 다시 점검할 수 있습니다.",
            "Ask an administrator (the hygiene supervisor) to reinstate you; then answer the checklist again.");

    private RescreenLockout() {
    }

    public static boolean isLockedOut(List<PriorScreening> earlierToday) {
        Optional<Instant> lastReinstatement = earlierToday.stream()
                .filter(PriorScreening::reinstated)
                .map(PriorScreening::at)
                .max(Instant::compareTo);
        return earlierToday.stream()
                .filter(p -> p.verdict() == Verdict.FAIL && !p.reinstated() && !p.forcedByLockout())
                .anyMatch(p -> lastReinstatement.map(p.at()::isAfter).orElse(true));
    }

    public static Reason reason() {
        return new Reason(RULE_ID, MESSAGE, CITATION);
    }
}
