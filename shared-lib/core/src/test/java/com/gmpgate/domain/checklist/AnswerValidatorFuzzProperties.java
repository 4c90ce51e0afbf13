package com.gmpgate.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.VerdictEngine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Fuzzing of answer validation: whatever a JSON parser can hand over for {@code answers} and {@code photos} —
 * unknown and known item ids, every JSON value type, nested arrays and objects, numbers at the edges of
 * {@code double} and {@code BigDecimal} (exponents near the int range), NaN and infinities, blank and odd photo
 * keys, wrong template ids and versions — the validator either refuses with an {@link AnswerValidationException}
 * that names each problem, or returns answers the verdict engine accepts. Never another exception, never a hang.
 * Bounded tries, so it runs in seconds inside {@code mvn verify}. Shrinking is off: jqwik's shrinker compares the
 * mixed value types of one map with each other and fails itself; the failing sample is reported as drawn.
 */
class AnswerValidatorFuzzProperties {

    private static final List<RulePack> PACKS = List.of(RulePacks.shipped().get("kr-food-haccp"),
            RulePacks.shipped().get("us-fda-food-code"), RulePacks.shipped().get("eu-gmp-pharma"));
    private static final VerdictEngine ENGINE = new VerdictEngine();

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void validation_throwsOnlyAnswerValidationException_orReturnsAnswersTheEngineTakes(
            @ForAll("packs") RulePack pack, @ForAll("templateIds") String templateId,
            @ForAll("versions") int version, @ForAll("answerMaps") Map<String, Object> answers,
            @ForAll("photoLists") List<PhotoRef> photos) {
        String id = templateId.equals("=") ? pack.template().id() : templateId;
        int v = version == Integer.MIN_VALUE ? pack.template().version() : version;
        ValidatedAnswers valid;
        try {
            valid = new AnswerValidator(pack.template()).validate(id, v, answers, photos);
        } catch (AnswerValidationException e) {
            assertThat(e.errors()).isNotEmpty();
            assertThat(e.errors()).allSatisfy(err -> {
                assertThat(err.field()).isNotNull();
                assertThat(err.code()).isNotNull();
                assertThat(err.message().ko()).isNotBlank();
                assertThat(err.message().en()).isNotBlank();
            });
            return;
        }
        assertThat(valid.templateId()).isEqualTo(pack.template().id());
        assertThat(valid.values().keySet()).allSatisfy(key -> assertThat(pack.template().item(key)).isPresent());
        assertThat(ENGINE.evaluate(pack, valid, List.of(), List.of(), Instant.EPOCH).verdict()).isNotNull();
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void validation_ofEveryItemAnsweredWithAnyValue_neverFailsUnexpectedly(@ForAll("packs") RulePack pack,
            @ForAll("values") Object value, @ForAll("photoLists") List<PhotoRef> photos) {
        Map<String, Object> answers = new HashMap<>();
        pack.template().items().forEach(item -> answers.put(item.id(), value));
        try {
            new AnswerValidator(pack.template()).validate(pack.template().id(), pack.template().version(), answers,
                    photos);
        } catch (AnswerValidationException e) {
            assertThat(e.errors()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<RulePack> packs() {
        return Arbitraries.of(PACKS);
    }

    /** "=" stands for the pack's own id, so most tries get past the template check. */
    @Provide
    Arbitrary<String> templateIds() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("=")), Tuple.of(1, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.of(PACKS).map(p -> p.template().id())));
    }

    /** {@code Integer.MIN_VALUE} stands for the pack's own version. */
    @Provide
    Arbitrary<Integer> versions() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(Integer.MIN_VALUE)),
                Tuple.of(2, Arbitraries.integers()));
    }

    @Provide
    Arbitrary<Map<String, Object>> answerMaps() {
        Arbitrary<String> keys = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PACKS.stream().flatMap(p -> p.template().items().stream())
                        .map(ChecklistItem::id).distinct().toList())),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.of("", " ", "temperature ", "TEMPERATURE", "hand_wound_photo", "__proto__",
                        "온도", "\u0000", "a".repeat(200))));
        return Arbitraries.maps(keys, values()).ofMaxSize(25).map(m -> new HashMap<>(m));
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.lazyOf(
                AnswerValidatorFuzzProperties::scalars, AnswerValidatorFuzzProperties::scalars,
                AnswerValidatorFuzzProperties::scalars, AnswerValidatorFuzzProperties::scalars,
                () -> scalars().list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)),
                () -> Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), scalars()).ofMaxSize(3)
                        .map(m -> (Object) new HashMap<>(m)));
    }

    /** Every scalar a JSON parser can produce, the edges of each number type among them. */
    private static Arbitrary<Object> scalars() {
        Arbitrary<Object> nullValue = Arbitraries.just(null);
        return Arbitraries.oneOf(
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(b -> (Object) b),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY)
                        .withSpecialValue(Double.NEGATIVE_INFINITY).withSpecialValue(Double.MAX_VALUE)
                        .withSpecialValue(Double.MIN_VALUE).withSpecialValue(-0.0).map(d -> (Object) d),
                Arbitraries.doubles().between(30, 45).map(d -> (Object) d),
                Arbitraries.floats().withSpecialValue(Float.NaN).map(f -> (Object) f),
                Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-10_000), BigInteger.valueOf(10_000)),
                        Arbitraries.integers().between(-40, 40)).as((unscaled, scale) -> (Object) new BigDecimal(unscaled, scale)),
                // exponents at the edge of BigDecimal's range: normalising must not expand them into huge integers
                Arbitraries.of("1E+999999999", "-1E+999999999", "1E-999999999", "0E+2147483647", "0E-2147483647",
                        "36.50000000000000000000000000000000000001", "1E+2147483647", "1E-2147483647")
                        .map(s -> (Object) new BigDecimal(s)),
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.of("true", "36.5", "NaN", "", "null").map(s -> (Object) s),
                nullValue);
    }

    @Provide
    Arbitrary<List<PhotoRef>> photoLists() {
        Arbitrary<String> items = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("hand_wound_photo", "hand_wound", "temperature", "wound_photo")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
        Arbitrary<String> keys = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("sites/demo-site/w1/photo.jpg", "", " ", "\t")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(60)));
        return Combinators.combine(items, keys).as(PhotoRef::new).list().ofMaxSize(4);
    }
}
