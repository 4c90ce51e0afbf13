package com.gmpgate.bench;

import com.gmpgate.domain.checklist.AnswerValidator;
import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.ValidatedAnswers;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.VerdictEngine;
import com.gmpgate.domain.verdict.VerdictRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The verdict of one screening with each shipped rule pack: the answers validated against the template, then the
 * rules evaluated. "clear" is the common case (nothing fires); "fail" has three rules firing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerdictBench {

    static final Instant AT = Instant.parse("2026-03-02T00:15:00Z");

    @Param({"kr-food-haccp", "us-fda-food-code", "eu-gmp-pharma"})
    public String pack;

    @Param({"clear", "fail"})
    public String answers;

    private final VerdictEngine engine = new VerdictEngine();
    private RulePack rulePack;
    private AnswerValidator validator;
    private Map<String, Object> raw;

    @Setup
    public void setUp() {
        rulePack = RulePacks.shipped().get(pack);
        validator = new AnswerValidator(rulePack.template());
        raw = new LinkedHashMap<>();
        for (ChecklistItem item : rulePack.template().items()) {
            switch (item.type()) {
                case NUMBER -> raw.put(item.id(), 36.5);
                case BOOLEAN -> raw.put(item.id(), item.category() == ItemCategory.HYGIENE);
                case PHOTO -> { }
            }
        }
        if (answers.equals("fail")) {
            raw.put("diarrhea", true);
            raw.put("jewelry_removed", false);
            raw.put("hands_washed", false);
        }
        evaluate();
    }

    @Benchmark
    public VerdictRecord evaluate() {
        ValidatedAnswers validated = validator.validate(rulePack.template().id(), rulePack.template().version(), raw,
                List.of());
        return engine.evaluate(rulePack, validated, List.of(), List.of(), AT);
    }
}
