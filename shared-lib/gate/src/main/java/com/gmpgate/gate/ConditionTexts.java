package com.gmpgate.gate;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.Rule;
import com.gmpgate.domain.rules.RulePacks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words for a pass's condition codes: a token carries only {@code cnd} codes, the guard and the worker read
 * the sentence. Taken from the shipped rule packs, whose rules define every code a verdict can attach; a code no
 * pack knows (a reviewer's own) is shown as the code.
 */
public final class ConditionTexts {

    private final Map<String, LocalizedText> byCode;

    public ConditionTexts(Iterable<RulePack> packs) {
        Map<String, LocalizedText> texts = new HashMap<>();
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                rule.condition().ifPresent(c -> texts.putIfAbsent(c.code(), c.message()));
            }
        }
        this.byCode = Map.copyOf(texts);
    }

    /** From the shipped packs, parsed on first use: a plain PASS never pays for reading them. */
    public static ConditionTexts shipped() {
        return Shipped.INSTANCE;
    }

    public Optional<LocalizedText> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public LocalizedText describe(String code) {
        return find(code).orElseGet(() -> LocalizedText.of(code, code));
    }

    private static final class Shipped {
        static final ConditionTexts INSTANCE = new ConditionTexts(RulePacks.shipped().all());
    }
}
