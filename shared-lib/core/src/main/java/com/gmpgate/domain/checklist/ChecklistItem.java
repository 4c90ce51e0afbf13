package com.gmpgate.domain.checklist;

import com.gmpgate.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the daily checklist.
 *
 * @param order position on the screen, ascending
 * @param required answered on every submission; ignored when {@code requiredWhen} is present
 * @param requiredWhen required only under this condition (a photo item is also accepted only then)
 * @param min lowest accepted value of a NUMBER item, inclusive
 * @param max highest accepted value of a NUMBER item, inclusive
 */
public record ChecklistItem(
        String id,
        ItemType type,
        ItemCategory category,
        int order,
        LocalizedText label,
        Optional<LocalizedText> help,
        boolean required,
        Optional<RequiredWhen> requiredWhen,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<String> unit) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(requiredWhen, "requiredWhen");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        if (type != ItemType.NUMBER && (min.isPresent() || max.isPresent())) {
            throw new IllegalArgumentException("min/max only apply to NUMBER items: " + id);
        }
    }

    public boolean isPhoto() {
        return type == ItemType.PHOTO;
    }
}
