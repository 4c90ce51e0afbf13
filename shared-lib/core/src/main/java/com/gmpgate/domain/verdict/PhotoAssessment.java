package com.gmpgate.domain.verdict;

import java.util.Objects;
import java.util.Optional;

/**
 * A wound assessment folded into a verdict, with where it came from, so the verdict can be replayed and
 * audited: the checklist item it belongs to, the image, who assessed it and with which model.
 */
public record PhotoAssessment(
        String itemId,
        String imageKey,
        AssessmentSource source,
        Optional<String> modelId,
        WoundAssessment assessment) {

    public PhotoAssessment {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(imageKey, "imageKey");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(assessment, "assessment");
    }
}
