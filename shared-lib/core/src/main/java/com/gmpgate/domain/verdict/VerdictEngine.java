package com.gmpgate.domain.verdict;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.ValidatedAnswers;
import com.gmpgate.domain.rules.Facts;
import com.gmpgate.domain.rules.Outcome;
import com.gmpgate.domain.rules.Rule;
import com.gmpgate.domain.rules.RulePack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides one screening: pure and deterministic, so that a stored {@link VerdictRecord} replays to the
 * same result at an audit.
 *
 * <ul>
 * <li>Every rule of the pack is tested; the reasons list every rule that fired, in pack order.</li>
 * <li>The worst outcome wins, in {@link Verdict}'s order; with nothing fired the verdict is PASS.</li>
 * <li>Conditions come from the RESTRICT and CONDITION rules that fired (one per code). They are kept
 * whatever the verdict: a reviewer who later approves a PENDING_REVIEW must not lose them.</li>
 * <li>returnToWork is given on FAIL only: the distinct texts of the EXCLUDE rules that fired, joined by
 * line breaks (or the lockout's, when the lockout made it a FAIL).</li>
 * <li>Wound photos: per photo item a reviewer's assessment replaces the model's and is trusted whatever its
 * confidence (a human looked); an unusable image, or a model below the pack's {@code confidenceThreshold},
 * is never trusted, and wound-field tests only ever see a trusted assessment (see
 * {@link com.gmpgate.domain.rules.Facts}).</li>
 * <li>A worker locked out by an earlier FAIL ({@link RescreenLockout}) gets FAIL whatever else, with the
 * extra reason {@code RESCREEN_LOCKOUT} after the rules that fired; {@code lockedOut} is true only when
 * the lockout changed the verdict.</li>
 * </ul>
 */
public final class VerdictEngine {

    public VerdictRecord evaluate(RulePack pack, ValidatedAnswers answers, List<PhotoAssessment> assessments,
            List<PriorScreening> earlierToday, Instant at) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(at, "at");
        if (!pack.template().matches(answers.templateId(), answers.templateVersion())) {
            throw new IllegalArgumentException("answers are for template " + answers.templateId() + " v"
                    + answers.templateVersion() + ", pack " + pack.id() + " uses " + pack.template().id() + " v"
                    + pack.template().version());
        }
        for (PhotoAssessment a : assessments) {
            Optional<PhotoRef> photo = answers.photo(a.itemId());
            if (photo.isEmpty() || !photo.get().imageKey().equals(a.imageKey())) {
                throw new IllegalArgumentException("assessment of " + a.itemId() + " is for image " + a.imageKey()
                        + ", which is not the photo of this submission");
            }
        }
        return decide(pack, answers.values(), assessments, RescreenLockout.isLockedOut(earlierToday), at);
    }

    /**
     * Re-evaluates a stored verdict with its own answers, assessments, lockout and instant.
     *
     * @throws RulePackMismatchException when {@code pack} is not the pack the verdict was evaluated with
     */
    public ReplayResult replay(VerdictRecord recorded, RulePack pack) {
        if (!pack.contentHash().equals(recorded.rulePackHash()) || !pack.id().equals(recorded.rulePackId())) {
            throw new RulePackMismatchException("verdict was evaluated with rule pack " + recorded.rulePackId() + " "
                    + recorded.rulePackVersion() + " (hash " + recorded.rulePackHash() + "); refusing to replay with "
                    + pack.id() + " " + pack.version() + " (hash " + pack.contentHash() + ")");
        }
        VerdictRecord replayed = decide(pack, recorded.answers(), recorded.assessments(), recorded.lockedOut(),
                recorded.evaluatedAt());
        return new ReplayResult(recorded, replayed, differences(recorded, replayed));
    }

    private VerdictRecord decide(RulePack pack, Map<String, Object> answers, List<PhotoAssessment> assessments,
            boolean lockedOut, Instant at) {
        for (PhotoAssessment a : assessments) {
            if (pack.template().item(a.itemId()).filter(ChecklistItem::isPhoto).isEmpty()) {
                throw new IllegalArgumentException("assessment for " + a.itemId() + ", not a photo item of "
                        + pack.template().id());
            }
        }
        Facts facts = new Facts(pack, answers, assessments);
        List<Rule> fired = pack.rules().stream().filter(r -> r.firesOn(facts)).toList();

        Verdict verdict = Verdict.PASS;
        List<Reason> reasons = new ArrayList<>();
        List<String> firedIds = new ArrayList<>();
        Map<String, Condition> conditions = new LinkedHashMap<>();
        Set<String> returnToWork = new LinkedHashSet<>();
        Set<String> returnToWorkEn = new LinkedHashSet<>();
        for (Rule rule : fired) {
            verdict = verdict.worse(rule.outcome().verdict());
            reasons.add(new Reason(rule.id(), rule.message(), rule.citation()));
            firedIds.add(rule.id());
            rule.condition().ifPresent(c -> conditions.putIfAbsent(c.code(), c));
            if (rule.outcome() == Outcome.EXCLUDE) {
                rule.returnToWork().ifPresent(t -> {
                    returnToWork.add(t.ko());
                    returnToWorkEn.add(t.en());
                });
            }
        }

        Optional<LocalizedText> comeBack = verdict == Verdict.FAIL
                ? Optional.of(LocalizedText.of(String.join("\n", returnToWork), String.join("\n", returnToWorkEn)))
                : Optional.empty();
        boolean lockoutApplied = lockedOut && verdict != Verdict.FAIL;
        if (lockoutApplied) {
            verdict = Verdict.FAIL;
            reasons.add(RescreenLockout.reason());
            firedIds.add(RescreenLockout.RULE_ID);
            comeBack = Optional.of(RescreenLockout.RETURN_TO_WORK);
        }

        return new VerdictRecord(verdict, reasons, List.copyOf(conditions.values()), comeBack, firedIds,
                pack.template().id(), pack.template().version(), pack.id(), pack.version(), pack.contentHash(),
                answers, assessments, lockoutApplied, at);
    }

    private static List<String> differences(VerdictRecord a, VerdictRecord b) {
        List<String> diff = new ArrayList<>();
        compare(diff, "verdict", a.verdict(), b.verdict());
        compare(diff, "reasons", a.reasons(), b.reasons());
        compare(diff, "conditions", a.conditions(), b.conditions());
        compare(diff, "returnToWork", a.returnToWork(), b.returnToWork());
        compare(diff, "firedRuleIds", a.firedRuleIds(), b.firedRuleIds());
        compare(diff, "templateId", a.templateId(), b.templateId());
        compare(diff, "templateVersion", a.templateVersion(), b.templateVersion());
        compare(diff, "rulePackVersion", a.rulePackVersion(), b.rulePackVersion());
        compare(diff, "lockedOut", a.lockedOut(), b.lockedOut());
        return diff;
    }

    private static void compare(List<String> diff, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            diff.add(name);
        }
    }
}
