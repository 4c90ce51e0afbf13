package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ChecklistTemplate;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.ItemType;
import com.gmpgate.domain.rules.Rule;
import com.gmpgate.domain.rules.When;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A submission's answers as a reviewer reads them: in the template's order (temperature first, as the worker saw
 * it), each marked when it is what a rule objects to — a symptom or wound answered yes, a hygiene step not done, a
 * number a fired rule compared (a temperature at or over the threshold).
 */
public final class AnswerRows {

    /** One answer; {@code item} is empty for an answer the template (of today) no longer has. */
    public record Row(String itemId, Optional<ChecklistItem> item, Object value, boolean abnormal) {
    }

    private AnswerRows() {
    }

    public static List<Row> of(ChecklistTemplate template, Map<String, Object> answers, List<Rule> firedRules) {
        Set<String> comparedByAFiredRule = new HashSet<>();
        firedRules.forEach(rule -> comparedItems(rule.when(), comparedByAFiredRule));
        Map<String, Object> left = new LinkedHashMap<>(answers);
        List<Row> rows = new ArrayList<>();
        template.items().stream().sorted(Comparator.comparingInt(ChecklistItem::order)).forEach(item -> {
            if (left.containsKey(item.id())) {
                Object value = left.remove(item.id());
                rows.add(new Row(item.id(), Optional.of(item), value, abnormal(item, value, comparedByAFiredRule)));
            }
        });
        left.keySet().stream().sorted().forEach(id -> rows.add(new Row(id, Optional.empty(), left.get(id), false)));
        return rows;
    }

    private static boolean abnormal(ChecklistItem item, Object value, Set<String> compared) {
        if (item.type() == ItemType.NUMBER) {
            return compared.contains(item.id());
        }
        if (!(value instanceof Boolean answer)) {
            return false;
        }
        return item.category() == ItemCategory.HYGIENE ? !answer : answer;
    }

    private static void comparedItems(When when, Set<String> into) {
        if (when instanceof When.ItemCompare compare) {
            into.add(compare.itemId());
        } else if (when instanceof When.All all) {
            all.of().forEach(w -> comparedItems(w, into));
        } else if (when instanceof When.Any any) {
            any.of().forEach(w -> comparedItems(w, into));
        }
        // a Not, or a test of a photo's assessment, says nothing about a number being too high
    }
}
