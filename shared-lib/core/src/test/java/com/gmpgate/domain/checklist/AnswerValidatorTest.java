package com.gmpgate.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.gmpgate.domain.rules.RulePacks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerValidatorTest {
    private static final ChecklistTemplate TEMPLATE = RulePacks.shipped().defaultPack().template();
    private static final PhotoRef WOUND_PHOTO = new PhotoRef("hand_wound_photo", "sites/s/w/p.jpg");

    private final AnswerValidator validator = new AnswerValidator(TEMPLATE);

    /** What the app sends for a worker with nothing to report, as Jackson would hand it over. */
    private static Map<String, Object> allClear() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("temperature", 36.5);
        for (String symptom : List.of("vomiting", "diarrhea", "jaundice", "sore_throat_fever", "reportable_diagnosis", "hand_wound")) {
            answers.put(symptom, false);
        }
        for (String hygiene : List.of("uniform_clean", "hair_covered", "jewelry_removed", "nails_ok", "hands_washed")) {
            answers.put(hygiene, true);
        }
        return answers;
    }

    private static Map<String, Object> with(String itemId, Object value) {
        Map<String, Object> answers = allClear();
        answers.put(itemId, value);
        return answers;
    }

    private ValidatedAnswers validate(Map<String, ?> answers, List<PhotoRef> photos) {
        return validator.validate("kr-food-haccp-daily", 1, answers, photos);
    }

    private List<AnswerError> errorsOf(Map<String, ?> answers, List<PhotoRef> photos) {
        return catchThrowableOfType(AnswerValidationException.class, () -> validate(answers, photos)).errors();
    }

    @Test
    void validate_acceptsAnAllClearChecklist() {
        ValidatedAnswers answers = validate(allClear(), List.of());

        assertThat(answers.values()).hasSize(12).containsEntry("temperature", new BigDecimal("36.5"))
                .containsEntry("hands_washed", true);
        assertThat(answers.templateId()).isEqualTo("kr-food-haccp-daily");
        assertThat(answers.templateVersion()).isEqualTo(1);
    }

    @Test
    void validate_normalisesEveryNumberType_toOneBigDecimal() {
        assertThat(validate(with("temperature", 37), List.of()).number("temperature")).hasValue(new BigDecimal("37"));
        assertThat(validate(with("temperature", 37L), List.of()).number("temperature")).hasValue(new BigDecimal("37"));
        assertThat(validate(with("temperature", BigInteger.valueOf(37)), List.of()).number("temperature")).hasValue(new BigDecimal("37"));
        assertThat(validate(with("temperature", 36.60), List.of()).number("temperature")).hasValue(new BigDecimal("36.6"));
        assertThat(validate(with("temperature", 36.6f), List.of()).number("temperature")).hasValue(new BigDecimal("36.6"));
        assertThat(validate(with("temperature", new BigDecimal("36.600")), List.of()).number("temperature"))
                .hasValue(new BigDecimal("36.6"));
        assertThat(validate(with("temperature", new BigDecimal("40.0")), List.of()).number("temperature"))
                .hasValue(new BigDecimal("40"));
    }

    @Test
    void validate_returnsAnswersThatCannotBeChanged() {
        ValidatedAnswers answers = validate(allClear(), List.of());

        assertThatThrownBy(() -> answers.values().put("jaundice", true)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void validate_acceptsAWoundWithItsPhoto() {
        ValidatedAnswers answers = validate(with("hand_wound", true), List.of(WOUND_PHOTO));

        assertThat(answers.photo("hand_wound_photo")).hasValue(WOUND_PHOTO);
    }

    @Test
    void validate_acceptsTheRangeLimits_34And43() {
        assertThat(validate(with("temperature", 34), List.of()).number("temperature")).isPresent();
        assertThat(validate(with("temperature", 43.0), List.of()).number("temperature")).isPresent();
    }

    @Test
    void validate_refusesAnotherTemplateId_alone() {
        AnswerValidationException e = catchThrowableOfType(AnswerValidationException.class,
                () -> validator.validate("us-fda-food-code-daily", 1, Map.of("nonsense", 1), List.of()));

        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo(AnswerErrorCode.TEMPLATE_MISMATCH);
            assertThat(err.field()).isEqualTo("templateId");
        });
    }

    @Test
    void validate_refusesAnOldTemplateVersion() {
        AnswerValidationException e = catchThrowableOfType(AnswerValidationException.class,
                () -> validator.validate("kr-food-haccp-daily", 0, allClear(), List.of()));

        assertThat(e.errors()).extracting(AnswerError::field, AnswerError::code)
                .containsExactly(tuple("templateVersion", AnswerErrorCode.TEMPLATE_MISMATCH));
    }

    @Test
    void validate_refusesAnUnknownItem() {
        assertThat(errorsOf(with("smoking", false), List.of()))
                .extracting(AnswerError::field, AnswerError::code)
                .containsExactly(tuple("smoking", AnswerErrorCode.UNKNOWN_ITEM));
    }

    @Test
    void validate_refusesAWrongType_forAYesNoItem() {
        for (Object wrong : new Object[] {1, 0, "true", "예", 1.0}) {
            assertThat(errorsOf(with("jaundice", wrong), List.of()))
                    .as("%s for a yes/no item", wrong)
                    .extracting(AnswerError::code).containsExactly(AnswerErrorCode.WRONG_TYPE);
        }
    }

    @Test
    void validate_refusesNull_asAWrongType() {
        Map<String, Object> answers = with("jaundice", null);

        assertThat(errorsOf(answers, List.of())).extracting(AnswerError::field, AnswerError::code)
                .containsExactly(tuple("jaundice", AnswerErrorCode.WRONG_TYPE));
    }

    @Test
    void validate_refusesAWrongType_forANumberItem() {
        for (Object wrong : new Object[] {"36.5", true, List.of(36.5), Map.of("value", 36.5)}) {
            assertThat(errorsOf(with("temperature", wrong), List.of()))
                    .as("%s for a number item", wrong)
                    .extracting(AnswerError::code).containsExactly(AnswerErrorCode.WRONG_TYPE);
        }
    }

    @Test
    void validate_refusesAPhotoItem_sentAsAnAnswer() {
        Map<String, Object> answers = with("hand_wound", true);
        answers.put("hand_wound_photo", "sites/s/w/p.jpg");

        assertThat(errorsOf(answers, List.of(WOUND_PHOTO))).extracting(AnswerError::field, AnswerError::code)
                .containsExactly(tuple("hand_wound_photo", AnswerErrorCode.WRONG_TYPE));
    }

    @Test
    void validate_refusesAMissingRequiredItem() {
        Map<String, Object> answers = allClear();
        answers.remove("hands_washed");

        assertThat(errorsOf(answers, List.of())).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(AnswerErrorCode.MISSING);
            assertThat(e.field()).isEqualTo("hands_washed");
            assertThat(e.message().ko()).contains("손을 씻고");
            assertThat(e.message().en()).contains("wash");
        });
    }

    @ParameterizedTest
    @ValueSource(doubles = {33.9, 43.1, -1, 0, 98.6, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void validate_refusesATemperatureOutside34To43(double t) {
        assertThat(errorsOf(with("temperature", t), List.of())).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(AnswerErrorCode.OUT_OF_RANGE);
            assertThat(e.message().ko()).contains("34–43 °C");
        });
    }

    /** Found by AnswerValidatorFuzzProperties: these overflowed, or normalised into billion-digit integers. */
    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E+2147483647", "-1E+999999999", "1E-999999999",
            "36.500000000000000000000000000000000000001", "123456789012345678901234567890"})
    void validate_refusesNumbersBeyondAnyChecklistsDigits_asOutOfRange(String number) {
        assertThat(errorsOf(with("temperature", new BigDecimal(number)), List.of())).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo(AnswerErrorCode.OUT_OF_RANGE));
    }

    @Test
    void validate_requiresAPhoto_whenAWoundIsReported() {
        assertThat(errorsOf(with("hand_wound", true), List.of()))
                .extracting(AnswerError::field, AnswerError::code)
                .containsExactly(tuple("hand_wound_photo", AnswerErrorCode.PHOTO_REQUIRED));
    }

    @Test
    void validate_refusesAWoundPhoto_whenNoWoundIsReported() {
        assertThat(errorsOf(allClear(), List.of(WOUND_PHOTO))).extracting(AnswerError::code)
                .containsExactly(AnswerErrorCode.PHOTO_NOT_EXPECTED);
    }

    @Test
    void validate_refusesAPhoto_forAnUnknownItem_orANonPhotoItem() {
        List<AnswerError> errors = errorsOf(allClear(), List.of(new PhotoRef("selfie", "a.jpg"), new PhotoRef("hands_washed", "b.jpg")));

        assertThat(errors).extracting(AnswerError::field, AnswerError::code).containsExactly(
                tuple("selfie", AnswerErrorCode.UNKNOWN_ITEM),
                tuple("hands_washed", AnswerErrorCode.NOT_A_PHOTO_ITEM));
    }

    @Test
    void validate_refusesTwoPhotos_forOneItem() {
        assertThat(errorsOf(with("hand_wound", true), List.of(WOUND_PHOTO, new PhotoRef("hand_wound_photo", "other.jpg"))))
                .extracting(AnswerError::code).containsExactly(AnswerErrorCode.DUPLICATE_PHOTO);
    }

    @Test
    void validate_refusesAPhotoWithoutImageKey() {
        assertThat(errorsOf(with("hand_wound", true), List.of(new PhotoRef("hand_wound_photo", " "))))
                .extracting(AnswerError::field, AnswerError::code)
                .containsExactly(tuple("hand_wound_photo", AnswerErrorCode.WRONG_TYPE));
    }

    @Test
    void validate_doesNotAskForThePhoto_whenTheWoundAnswerItselfIsWrong() {
        assertThat(errorsOf(with("hand_wound", "yes"), List.of()))
                .extracting(AnswerError::field).containsExactly("hand_wound");
    }

    @Test
    void validate_reportsEveryProblemAtOnce() {
        Map<String, Object> answers = new HashMap<>(allClear());
        answers.put("temperature", 45);
        answers.put("vomiting", "no");
        answers.remove("nails_ok");
        answers.put("hand_wound", true);
        answers.put("mood", "good");
        List<PhotoRef> photos = new ArrayList<>(List.of(new PhotoRef("uniform_clean", "x.jpg")));

        AnswerValidationException e = catchThrowableOfType(AnswerValidationException.class, () -> validate(answers, photos));

        assertThat(e.errors()).extracting(AnswerError::field, AnswerError::code).containsExactlyInAnyOrder(
                tuple("mood", AnswerErrorCode.UNKNOWN_ITEM),
                tuple("temperature", AnswerErrorCode.OUT_OF_RANGE),
                tuple("vomiting", AnswerErrorCode.WRONG_TYPE),
                tuple("nails_ok", AnswerErrorCode.MISSING),
                tuple("uniform_clean", AnswerErrorCode.NOT_A_PHOTO_ITEM),
                tuple("hand_wound_photo", AnswerErrorCode.PHOTO_REQUIRED));
        assertThat(e.errors()).allSatisfy(err -> {
            assertThat(err.message().ko()).isNotBlank();
            assertThat(err.message().en()).isNotBlank();
        });
        assertThat(e).hasMessageContaining("temperature=OUT_OF_RANGE");
    }
}
