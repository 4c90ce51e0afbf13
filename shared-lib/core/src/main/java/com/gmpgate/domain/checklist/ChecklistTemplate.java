package com.gmpgate.domain.checklist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The questions a worker answers, versioned with the rule pack that evaluates them. Items are kept in screen order. */
public record ChecklistTemplate(String id, int version, List<ChecklistItem> items) {

    public ChecklistTemplate {
        Objects.requireNonNull(id, "id");
        items = items.stream().sorted(Comparator.comparingInt(ChecklistItem::order)).toList();
        Map<String, ChecklistItem> seen = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            if (seen.put(item.id(), item) != null) {
                throw new IllegalArgumentException("duplicate item id: " + item.id());
            }
        }
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public List<ChecklistItem> photoItems() {
        return items.stream().filter(ChecklistItem::isPhoto).toList();
    }

    public boolean matches(String templateId, int templateVersion) {
        return id.equals(templateId) && version == templateVersion;
    }
}
