package com.gmpgate.domain.rules;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.verdict.Citation;
import com.gmpgate.domain.verdict.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a rule pack.
 *
 * @param message what the worker reads when the rule fires; for CORRECTABLE, exactly what to fix
 * @param condition the pass condition of a RESTRICT or CONDITION rule
 * @param returnToWork when an EXCLUDE rule lets the worker come back
 */
public record Rule(
        String id,
        When when,
        Outcome outcome,
        LocalizedText message,
        Optional<Condition> condition,
        Optional<LocalizedText> returnToWork,
        Citation citation) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(returnToWork, "returnToWork");
        Objects.requireNonNull(citation, "citation");
        if (outcome.needsCondition() != condition.isPresent()) {
            throw new IllegalArgumentException(id + ": a condition belongs to RESTRICT and CONDITION rules, and only to them");
        }
        if ((outcome == Outcome.EXCLUDE) != returnToWork.isPresent()) {
            throw new IllegalArgumentException(id + ": returnToWork belongs to EXCLUDE rules, and only to them");
        }
    }

    public boolean firesOn(Facts facts) {
        return when.test(facts);
    }
}
