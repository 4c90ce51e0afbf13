package com.gmpgate.domain.verdict;

import com.gmpgate.domain.checklist.AnswerValidator;
import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.ValidatedAnswers;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test data: one worker's screening, starting from "all clear" (no symptoms, 36.5 °C, no wound, every
 * hygiene step done) and changed one answer at a time. It goes through the real {@link AnswerValidator}.
 */
public final class Screening {
    public static final Instant AT = Instant.parse("2025-03-10T06:55:00Z");
    public static final String PHOTO_ITEM = "hand_wound_photo";
    public static final String IMAGE_KEY = "sites/demo-site/w-1/2025-03-10/photo-1.jpg";

    private final RulePack pack;
    private final Map<String, Object> answers;
    private final List<PhotoRef> photos;
    private final List<PhotoAssessment> assessments;
    private final List<PriorScreening> earlier;

    private Screening(RulePack pack, Map<String, Object> answers, List<PhotoRef> photos,
            List<PhotoAssessment> assessments, List<PriorScreening> earlier) {
        this.pack = pack;
        this.answers = answers;
        this.photos = photos;
        this.assessments = assessments;
        this.earlier = earlier;
    }

    public static Screening clear(String packId) {
        return clear(RulePacks.shipped().get(packId));
    }

    public static Screening clear(RulePack pack) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ChecklistItem item : pack.template().items()) {
            switch (item.type()) {
                case NUMBER -> answers.put(item.id(), 36.5);
                case BOOLEAN -> answers.put(item.id(), item.category() == ItemCategory.HYGIENE);
                case PHOTO -> { }
            }
        }
        return new Screening(pack, answers, List.of(), List.of(), List.of());
    }

    public RulePack pack() {
        return pack;
    }

    public Map<String, Object> rawAnswers() {
        return answers;
    }

    public List<PhotoRef> photos() {
        return photos;
    }

    public List<PhotoAssessment> assessments() {
        return assessments;
    }

    public Screening answer(String itemId, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(answers);
        copy.put(itemId, value);
        return new Screening(pack, copy, photos, assessments, earlier);
    }

    public Screening setting(String name, Object value) {
        return new Screening(pack.withSettings(Map.of(name, value)), answers, photos, assessments, earlier);
    }

    /** Reports a wound and sends its photo, not (yet) assessed. */
    public Screening woundReported() {
        return answer("hand_wound", true).photo();
    }

    private Screening photo() {
        return new Screening(pack, answers, List.of(new PhotoRef(PHOTO_ITEM, IMAGE_KEY)), assessments, earlier);
    }

    /** Reports a wound, sends its photo and the model's assessment of it. */
    public Screening wound(Wound wound) {
        return woundReported().assessedBy(AssessmentSource.MODEL, wound);
    }

    public Screening assessedBy(AssessmentSource source, Wound wound) {
        List<PhotoAssessment> copy = new ArrayList<>(assessments);
        copy.add(new PhotoAssessment(PHOTO_ITEM, IMAGE_KEY, source,
                source == AssessmentSource.MODEL ? Optional.of("anthropic.claude-haiku-4-5") : Optional.empty(),
                wound.assessment()));
        return new Screening(pack, answers, photos, copy, earlier);
    }

    public Screening earlier(PriorScreening... screenings) {
        List<PriorScreening> copy = new ArrayList<>(earlier);
        copy.addAll(List.of(screenings));
        return new Screening(pack, answers, photos, assessments, copy);
    }

    public ValidatedAnswers validated() {
        return new AnswerValidator(pack.template())
                .validate(pack.template().id(), pack.template().version(), answers, photos);
    }

    public VerdictRecord evaluate() {
        return new VerdictEngine().evaluate(pack, validated(), assessments, earlier, AT);
    }

    public static BigDecimal decimal(String s) {
        return new BigDecimal(s);
    }

    @Override
    public String toString() {
        return pack.id() + " " + answers + " " + assessments.stream().map(a -> a.source() + ":" + a.assessment()).toList();
    }
}
