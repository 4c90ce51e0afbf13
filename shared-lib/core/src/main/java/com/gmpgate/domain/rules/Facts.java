package com.gmpgate.domain.rules;

import com.gmpgate.domain.verdict.AssessmentSource;
import com.gmpgate.domain.verdict.PhotoAssessment;
import com.gmpgate.domain.verdict.WoundAssessment;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule's {@code when} is tested against: the validated answers, the pack's settings and, per photo
 * item, the assessment that counts and how far it can be trusted.
 *
 * <p>Which assessment counts: a reviewer's, if there is one (the last in the list), else the model's (the
 * last in the list). A reviewer's assessment is trusted whatever its confidence, because a human looked at
 * the photo; the threshold exists to catch a model that is unsure. An unusable image is never trusted,
 * whoever says so.
 */
public final class Facts {
    private final Map<String, Object> answers;
    private final Map<String, Object> settings;
    private final Map<String, Optional<WoundAssessment>> chosen = new HashMap<>();
    private final Map<String, Optional<AssessmentSource>> sources = new HashMap<>();
    private final Map<String, AssessmentStatus> status = new HashMap<>();

    public Facts(RulePack pack, Map<String, Object> answers, List<PhotoAssessment> assessments) {
        this.answers = Map.copyOf(answers);
        this.settings = pack.settings();
        BigDecimal threshold = pack.confidenceThreshold();
        pack.template().photoItems().forEach(item -> {
            Optional<PhotoAssessment> pick = pick(item.id(), assessments);
            status.put(item.id(), pick.map(p -> statusOf(p, threshold)).orElse(AssessmentStatus.MISSING));
            chosen.put(item.id(), pick.map(PhotoAssessment::assessment));
            sources.put(item.id(), pick.map(PhotoAssessment::source));
        });
    }

    private static Optional<PhotoAssessment> pick(String itemId, List<PhotoAssessment> assessments) {
        PhotoAssessment model = null;
        PhotoAssessment reviewer = null;
        for (PhotoAssessment a : assessments) {
            if (!a.itemId().equals(itemId)) {
                continue;
            }
            if (a.source() == AssessmentSource.REVIEWER) {
                reviewer = a;
            } else {
                model = a;
            }
        }
        return Optional.ofNullable(reviewer != null ? reviewer : model);
    }

    private static AssessmentStatus statusOf(PhotoAssessment p, BigDecimal threshold) {
        if (!p.assessment().imageUsable()) {
            return AssessmentStatus.UNUSABLE;
        }
        if (p.source() == AssessmentSource.MODEL && BigDecimal.valueOf(p.assessment().confidence()).compareTo(threshold) < 0) {
            return AssessmentStatus.LOW_CONFIDENCE;
        }
        return AssessmentStatus.TRUSTED;
    }

    public Optional<Boolean> bool(String itemId) {
        return answers.get(itemId) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** Validated answers hold BigDecimal; a stored record read back by an adapter may hold another Number. */
    public Optional<BigDecimal> number(String itemId) {
        Object value = answers.get(itemId);
        if (value instanceof BigDecimal n) {
            return Optional.of(n);
        }
        if (value instanceof Number n && !(value instanceof Double d && !Double.isFinite(d))) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        return Optional.empty();
    }

    public AssessmentStatus status(String photoItemId) {
        return status.getOrDefault(photoItemId, AssessmentStatus.MISSING);
    }

    /** The photo's assessment, only when it is TRUSTED: wound rows apply to nothing else. */
    public Optional<WoundAssessment> trusted(String photoItemId) {
        return status(photoItemId) == AssessmentStatus.TRUSTED
                ? chosen.getOrDefault(photoItemId, Optional.empty()) : Optional.empty();
    }

    /** Whose assessment of the photo counts (see the class comment), if there is one. */
    public Optional<AssessmentSource> source(String photoItemId) {
        return sources.getOrDefault(photoItemId, Optional.empty());
    }

    public Optional<Object> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
