package com.gmpgate.domain.checklist;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers that passed {@link AnswerValidator}: each value is a {@code Boolean} or a normalised
 * {@code BigDecimal} (no trailing zeros, so {@code 37.50} and {@code 37.5} are equal), keyed by item id
 * in a stable order.
 */
public record ValidatedAnswers(String templateId, int templateVersion, Map<String, Object> values, List<PhotoRef> photos) {

    public ValidatedAnswers {
        Objects.requireNonNull(templateId, "templateId");
        values.forEach((k, v) -> {
            if (!(v instanceof Boolean) && !(v instanceof BigDecimal)) {
                throw new IllegalArgumentException("answer " + k + " must be Boolean or BigDecimal: " + v);
            }
        });
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        photos = List.copyOf(photos);
    }

    public Optional<Boolean> bool(String itemId) {
        return values.get(itemId) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public Optional<BigDecimal> number(String itemId) {
        return values.get(itemId) instanceof BigDecimal n ? Optional.of(n) : Optional.empty();
    }

    public Optional<PhotoRef> photo(String itemId) {
        return photos.stream().filter(p -> p.itemId().equals(itemId)).findFirst();
    }
}
