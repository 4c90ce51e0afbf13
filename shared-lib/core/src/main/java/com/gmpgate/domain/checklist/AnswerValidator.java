package com.gmpgate.domain.checklist;

import com.gmpgate.domain.LocalizedText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a submission's raw answers (as a JSON parser hands them over) against the checklist template and
 * turns them into {@link ValidatedAnswers}. Every problem is collected, so the worker sees all of them at
 * once, in one {@link AnswerValidationException}.
 *
 * <p>A template mismatch is reported alone: checking items against a template the client does not have
 * would only produce noise.
 */
public final class AnswerValidator {
    /** Digits a number may have before, and zeros after, the decimal point (see {@link #toBigDecimal}). */
    static final int MAX_DIGITS = 20;
    /** DynamoDB keeps numbers to 38 significant digits. */
    static final int MAX_SIGNIFICANT_DIGITS = 38;
    private final ChecklistTemplate template;

    public AnswerValidator(ChecklistTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    public ValidatedAnswers validate(String templateId, int templateVersion, Map<String, ?> answers, List<PhotoRef> photos) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(photos, "photos");
        List<AnswerError> errors = new ArrayList<>();
        checkTemplate(templateId, templateVersion, errors);
        if (!errors.isEmpty()) {
            throw new AnswerValidationException(errors);
        }

        for (String key : new TreeSet<>(answers.keySet())) {
            Optional<ChecklistItem> item = template.item(key);
            if (item.isEmpty()) {
                errors.add(new AnswerError(key, AnswerErrorCode.UNKNOWN_ITEM, LocalizedText.of(
                        "알 수 없는 항목입니다: " + key,
                        "Unknown checklist item: " + key)));
            } else if (item.get().isPhoto()) {
                errors.add(new AnswerError(key, AnswerErrorCode.WRONG_TYPE, LocalizedText.of(
                        "‘" + item.get().label().ko() + "’ 항목은 사진으로 제출해야 합니다.",
                        "‘" + item.get().label().en() + "’ is answered with a photo, not a value.")));
            }
        }

        Map<String, Object> values = new HashMap<>();
        Set<String> invalid = new HashSet<>();
        for (ChecklistItem item : template.items()) {
            if (item.isPhoto()) {
                continue;
            }
            if (!answers.containsKey(item.id())) {
                continue; // decided below, once every condition's item is known
            }
            Optional<Object> value = convert(item, answers.get(item.id()), errors);
            value.ifPresentOrElse(v -> values.put(item.id(), v), () -> invalid.add(item.id()));
        }
        for (ChecklistItem item : template.items()) {
            if (!item.isPhoto() && !answers.containsKey(item.id()) && isRequired(item, values, invalid).orElse(false)) {
                errors.add(new AnswerError(item.id(), AnswerErrorCode.MISSING, LocalizedText.of(
                        "‘" + item.label().ko() + "’ 항목에 답해 주세요.",
                        "Please answer ‘" + item.label().en() + "’.")));
            }
        }

        checkPhotos(photos, values, invalid, errors);
        if (!errors.isEmpty()) {
            throw new AnswerValidationException(errors);
        }
        return new ValidatedAnswers(template.id(), template.version(), values, photos);
    }

    private void checkTemplate(String templateId, int templateVersion, List<AnswerError> errors) {
        if (!template.id().equals(templateId)) {
            errors.add(new AnswerError("templateId", AnswerErrorCode.TEMPLATE_MISMATCH, LocalizedText.of(
                    "점검표가 바뀌었습니다. 앱을 새로 고친 후 다시 작성해 주세요.",
                    "The checklist has changed (expected " + template.id() + "). Reload the app and answer again.")));
        } else if (template.version() != templateVersion) {
            errors.add(new AnswerError("templateVersion", AnswerErrorCode.TEMPLATE_MISMATCH, LocalizedText.of(
                    "점검표가 새 버전(" + template.version() + ")으로 바뀌었습니다. 앱을 새로 고친 후 다시 작성해 주세요.",
                    "The checklist is now version " + template.version() + ". Reload the app and answer again.")));
        }
    }

    private void checkPhotos(List<PhotoRef> photos, Map<String, Object> values, Set<String> invalid, List<AnswerError> errors) {
        Set<String> seen = new HashSet<>();
        for (PhotoRef photo : photos) {
            Optional<ChecklistItem> item = template.item(photo.itemId());
            if (item.isEmpty()) {
                errors.add(new AnswerError(photo.itemId(), AnswerErrorCode.UNKNOWN_ITEM, LocalizedText.of(
                        "알 수 없는 사진 항목입니다: " + photo.itemId(),
                        "Photo for an unknown checklist item: " + photo.itemId())));
            } else if (!item.get().isPhoto()) {
                errors.add(new AnswerError(photo.itemId(), AnswerErrorCode.NOT_A_PHOTO_ITEM, LocalizedText.of(
                        "‘" + item.get().label().ko() + "’ 항목에는 사진을 올릴 수 없습니다.",
                        "‘" + item.get().label().en() + "’ does not take a photo.")));
            } else if (!seen.add(photo.itemId())) {
                errors.add(new AnswerError(photo.itemId(), AnswerErrorCode.DUPLICATE_PHOTO, LocalizedText.of(
                        "‘" + item.get().label().ko() + "’ 사진은 한 장만 올려 주세요.",
                        "Send only one photo for ‘" + item.get().label().en() + "’.")));
            } else if (photo.imageKey().isBlank()) {
                errors.add(new AnswerError(photo.itemId(), AnswerErrorCode.WRONG_TYPE, LocalizedText.of(
                        "사진이 올라가지 않았습니다. 다시 찍어 주세요.",
                        "The photo was not uploaded. Please take it again.")));
            } else if (item.get().requiredWhen().isPresent()
                    && isRequired(item.get(), values, invalid).equals(Optional.of(false))) {
                errors.add(new AnswerError(photo.itemId(), AnswerErrorCode.PHOTO_NOT_EXPECTED, LocalizedText.of(
                        "‘" + item.get().label().ko() + "’ 사진은 필요하지 않습니다. 답변을 확인해 주세요.",
                        "No photo is needed for ‘" + item.get().label().en() + "’ with these answers.")));
            }
        }
        for (ChecklistItem item : template.photoItems()) {
            if (!seen.contains(item.id()) && isRequired(item, values, invalid).orElse(false)) {
                errors.add(new AnswerError(item.id(), AnswerErrorCode.PHOTO_REQUIRED, LocalizedText.of(
                        "‘" + item.label().ko() + "’ 사진을 찍어 올려 주세요.",
                        "Please take and send a photo for ‘" + item.label().en() + "’.")));
            }
        }
    }

    /** Empty when it cannot be told, because the item the condition looks at was answered wrongly. */
    private static Optional<Boolean> isRequired(ChecklistItem item, Map<String, Object> values, Set<String> invalid) {
        if (item.requiredWhen().isEmpty()) {
            return Optional.of(item.required());
        }
        RequiredWhen when = item.requiredWhen().get();
        if (invalid.contains(when.itemId())) {
            return Optional.empty();
        }
        return Optional.of(Boolean.valueOf(when.is()).equals(values.get(when.itemId())));
    }

    private static Optional<Object> convert(ChecklistItem item, Object raw, List<AnswerError> errors) {
        if (item.type() == ItemType.BOOLEAN) {
            if (raw instanceof Boolean b) {
                return Optional.of(b);
            }
            errors.add(wrongType(item, "예 또는 아니요로 답해 주세요.", "Answer yes or no."));
            return Optional.empty();
        }
        Optional<BigDecimal> number = toBigDecimal(raw);
        if (number.isEmpty()) {
            if (raw instanceof Number) { // NaN, infinite, or beyond any checklist's digits
                errors.add(outOfRange(item));
            } else {
                errors.add(wrongType(item, "숫자로 입력해 주세요.", "Enter a number."));
            }
            return Optional.empty();
        }
        BigDecimal n = number.get();
        if (item.min().map(min -> n.compareTo(min) < 0).orElse(false)
                || item.max().map(max -> n.compareTo(max) > 0).orElse(false)) {
            errors.add(outOfRange(item));
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /**
     * Accepts what a JSON parser produces for a number; empty for anything else, NaN and infinities, and for numbers
     * with more than {@link #MAX_DIGITS} digits before the point or zeros after it, or more than
     * {@link #MAX_SIGNIFICANT_DIGITS} significant digits: no checklist item measures that finely, normalising
     * {@code 1E+999999999} would build a billion-digit integer (or overflow), and DynamoDB could not store it.
     */
    static Optional<BigDecimal> toBigDecimal(Object raw) {
        BigDecimal n;
        if (raw instanceof BigDecimal d) {
            n = d;
        } else if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            n = BigDecimal.valueOf(((Number) raw).longValue());
        } else if (raw instanceof BigInteger i) {
            n = new BigDecimal(i);
        } else if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (!Double.isFinite(d)) {
                return Optional.empty();
            }
            // Float.toString keeps 36.6f as "36.6" instead of its binary expansion
            n = new BigDecimal(raw instanceof Float f ? Float.toString(f) : Double.toString(d));
        } else {
            return Optional.empty();
        }
        // in long: an int scale near its range would overflow the differences
        long integerDigits = (long) n.precision() - n.scale();
        if (n.signum() != 0 && (integerDigits > MAX_DIGITS || -integerDigits >= MAX_DIGITS)) {
            return Optional.empty();
        }
        BigDecimal normal = normalise(n);
        return normal.precision() > MAX_SIGNIFICANT_DIGITS ? Optional.empty() : Optional.of(normal);
    }

    /** One representation per value, so that stored and replayed answers compare equal. */
    public static BigDecimal normalise(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static AnswerError wrongType(ChecklistItem item, String ko, String en) {
        return new AnswerError(item.id(), AnswerErrorCode.WRONG_TYPE, LocalizedText.of(
                "‘" + item.label().ko() + "’: " + ko,
                "‘" + item.label().en() + "’: " + en));
    }

    private static AnswerError outOfRange(ChecklistItem item) {
        String range = item.min().map(BigDecimal::toPlainString).orElse("") + "–"
                + item.max().map(BigDecimal::toPlainString).orElse("") + item.unit().map(u -> " " + u).orElse("");
        return new AnswerError(item.id(), AnswerErrorCode.OUT_OF_RANGE, LocalizedText.of(
                "‘" + item.label().ko() + "’: " + range + " 사이의 값을 입력해 주세요.",
                "‘" + item.label().en() + "’: enter a value between " + range + "."));
    }
}
