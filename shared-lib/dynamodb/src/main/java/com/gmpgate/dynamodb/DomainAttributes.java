package com.gmpgate.dynamodb;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.verdict.AssessmentSource;
import com.gmpgate.domain.verdict.Citation;
import com.gmpgate.domain.verdict.CitationKind;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.PhotoAssessment;
import com.gmpgate.domain.verdict.Reason;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.domain.verdict.WoundAssessment;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Nested domain values as native DynamoDB maps and lists, mapped by hand: readable in the console,
 * exact for numbers (answers such as a temperature are N, not floating point), and no reflection.
 * An absent optional is an absent attribute.
 */
final class DomainAttributes {

    private DomainAttributes() {
    }

    // ---- verdict record (without the raw answers, which are stored apart and expire earlier) ----

    static AttributeValue verdictRecord(VerdictRecord record) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("verdict", s(record.verdict().name()));
        m.put("reasons", list(record.reasons(), DomainAttributes::reason));
        m.put("conditions", list(record.conditions(), DomainAttributes::condition));
        record.returnToWork().ifPresent(text -> m.put("returnToWork", text(text)));
        m.put("firedRuleIds", list(record.firedRuleIds(), DomainAttributes::s));
        m.put("templateId", s(record.templateId()));
        m.put("templateVersion", n(record.templateVersion()));
        m.put("rulePackId", s(record.rulePackId()));
        m.put("rulePackVersion", s(record.rulePackVersion()));
        m.put("rulePackHash", s(record.rulePackHash()));
        m.put("assessments", list(record.assessments(), DomainAttributes::photoAssessment));
        m.put("lockedOut", AttributeValue.fromBool(record.lockedOut()));
        m.put("evaluatedAt", s(Times.format(record.evaluatedAt())));
        return AttributeValue.fromM(m);
    }

    static VerdictRecord verdictRecord(AttributeValue value, Map<String, Object> answers) {
        Map<String, AttributeValue> m = value.m();
        return new VerdictRecord(
                Verdict.valueOf(str(m, "verdict")),
                fromList(m.get("reasons"), DomainAttributes::reason),
                fromList(m.get("conditions"), DomainAttributes::condition),
                Optional.ofNullable(m.get("returnToWork")).map(DomainAttributes::text),
                fromList(m.get("firedRuleIds"), AttributeValue::s),
                str(m, "templateId"),
                Integer.parseInt(m.get("templateVersion").n()),
                str(m, "rulePackId"),
                str(m, "rulePackVersion"),
                str(m, "rulePackHash"),
                answers,
                fromList(m.get("assessments"), DomainAttributes::photoAssessment),
                m.get("lockedOut").bool(),
                Times.parse(str(m, "evaluatedAt")));
    }

    /** Answers are Boolean or BigDecimal (VerdictRecord); text is kept as text should a template add it. */
    static AttributeValue answers(Map<String, Object> answers) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        answers.forEach((item, answer) -> {
            if (answer instanceof Boolean b) {
                m.put(item, AttributeValue.fromBool(b));
            } else if (answer instanceof BigDecimal d) {
                m.put(item, AttributeValue.fromN(d.toPlainString()));
            } else if (answer instanceof Number number) {
                m.put(item, AttributeValue.fromN(new BigDecimal(number.toString()).toPlainString()));
            } else if (answer instanceof String text) {
                m.put(item, AttributeValue.fromS(text));
            } else {
                throw new IllegalArgumentException("answer " + item + " has an unsupported type: " + answer);
            }
        });
        return AttributeValue.fromM(m);
    }

    static Map<String, Object> answers(AttributeValue value) {
        Map<String, Object> answers = new LinkedHashMap<>();
        value.m().forEach((item, answer) -> {
            if (answer.bool() != null) {
                answers.put(item, answer.bool());
            } else if (answer.n() != null) {
                answers.put(item, new BigDecimal(answer.n()));
            } else {
                answers.put(item, answer.s());
            }
        });
        return answers;
    }

    // ---- checklist parts ----

    static AttributeValue photos(List<PhotoRef> photos) {
        return list(photos, p -> map("itemId", s(p.itemId()), "imageKey", s(p.imageKey())));
    }

    static List<PhotoRef> photos(AttributeValue value) {
        return fromList(value, v -> new PhotoRef(str(v.m(), "itemId"), str(v.m(), "imageKey")));
    }

    static AttributeValue reviews(List<Review> reviews) {
        return list(reviews, r -> {
            Map<String, AttributeValue> m = new LinkedHashMap<>(map(
                    "reviewerId", s(r.reviewerId()),
                    "reviewedAt", s(Times.format(r.reviewedAt())),
                    "decision", s(r.decision().name()),
                    "conditions", list(r.conditions(), DomainAttributes::condition),
                    "note", s(r.note()),
                    "previousVerdict", s(r.previousVerdict().name()),
                    "resultingVerdict", s(r.resultingVerdict().name())).m());
            r.signature().ifPresent(sig -> m.put("signature", signature(sig)));
            return AttributeValue.fromM(m);
        });
    }

    static AttributeValue signature(ElectronicSignature sig) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("signerId", s(sig.signerId()));
        m.put("signerName", s(sig.signerName()));
        // the exact instant text: the hash covers Instant.toString(), which Times.format may round
        m.put("signedAt", s(sig.signedAt().toString()));
        m.put("meaning", s(sig.meaning().name()));
        m.put("recordType", s(sig.recordType()));
        m.put("recordId", s(sig.recordId()));
        m.put("recordHash", s(sig.recordHash()));
        sig.corrects().ifPresent(c -> m.put("corrects", s(c)));
        m.put("hash", s(sig.hash()));
        return AttributeValue.fromM(m);
    }

    static ElectronicSignature signature(AttributeValue value) {
        Map<String, AttributeValue> m = value.m();
        return new ElectronicSignature(str(m, "signerId"), str(m, "signerName"),
                java.time.Instant.parse(str(m, "signedAt")), SignatureMeaning.valueOf(str(m, "meaning")),
                str(m, "recordType"), str(m, "recordId"), str(m, "recordHash"), optStr(m, "corrects"), str(m, "hash"));
    }

    static List<Review> reviews(AttributeValue value) {
        return fromList(value, v -> {
            Map<String, AttributeValue> m = v.m();
            return new Review(str(m, "reviewerId"), Times.parse(str(m, "reviewedAt")),
                    ReviewDecision.valueOf(str(m, "decision")), fromList(m.get("conditions"), DomainAttributes::condition),
                    str(m, "note"), Verdict.valueOf(str(m, "previousVerdict")), Verdict.valueOf(str(m, "resultingVerdict")),
                    Optional.ofNullable(m.get("signature")).map(DomainAttributes::signature));
        });
    }

    // ---- wound assessments ----

    static AttributeValue woundAssessment(WoundAssessment a) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("imageUsable", AttributeValue.fromBool(a.imageUsable()));
        a.qualityIssue().ifPresent(q -> m.put("qualityIssue", s(q)));
        m.put("woundPresent", AttributeValue.fromBool(a.woundPresent()));
        m.put("woundType", s(a.woundType().name()));
        m.put("location", s(a.location().name()));
        m.put("severity", s(a.severity().name()));
        m.put("infectionSigns", AttributeValue.fromBool(a.infectionSigns()));
        m.put("bleeding", AttributeValue.fromBool(a.bleeding()));
        m.put("covered", AttributeValue.fromBool(a.covered()));
        m.put("coverType", s(a.coverType().name()));
        m.put("confidence", AttributeValue.fromN(BigDecimal.valueOf(a.confidence()).toPlainString()));
        m.put("summary", s(a.summary()));
        return AttributeValue.fromM(m);
    }

    static WoundAssessment woundAssessment(AttributeValue value) {
        Map<String, AttributeValue> m = value.m();
        return new WoundAssessment(m.get("imageUsable").bool(), optStr(m, "qualityIssue"), m.get("woundPresent").bool(),
                WoundAssessment.WoundType.valueOf(str(m, "woundType")),
                WoundAssessment.BodyLocation.valueOf(str(m, "location")),
                WoundAssessment.Severity.valueOf(str(m, "severity")),
                m.get("infectionSigns").bool(), m.get("bleeding").bool(), m.get("covered").bool(),
                WoundAssessment.CoverType.valueOf(str(m, "coverType")),
                Double.parseDouble(m.get("confidence").n()), str(m, "summary"));
    }

    private static AttributeValue photoAssessment(PhotoAssessment p) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("itemId", s(p.itemId()));
        m.put("imageKey", s(p.imageKey()));
        m.put("source", s(p.source().name()));
        p.modelId().ifPresent(id -> m.put("modelId", s(id)));
        m.put("assessment", woundAssessment(p.assessment()));
        return AttributeValue.fromM(m);
    }

    private static PhotoAssessment photoAssessment(AttributeValue value) {
        Map<String, AttributeValue> m = value.m();
        return new PhotoAssessment(str(m, "itemId"), str(m, "imageKey"), AssessmentSource.valueOf(str(m, "source")),
                optStr(m, "modelId"), woundAssessment(m.get("assessment")));
    }

    // ---- verdict parts ----

    private static AttributeValue reason(Reason r) {
        return map("ruleId", s(r.ruleId()), "message", text(r.message()), "citation", map(
                "kind", s(r.citation().kind().name()),
                "source", s(r.citation().source()),
                "verified", AttributeValue.fromBool(r.citation().verified())));
    }

    private static Reason reason(AttributeValue value) {
        Map<String, AttributeValue> m = value.m();
        Map<String, AttributeValue> c = m.get("citation").m();
        return new Reason(str(m, "ruleId"), text(m.get("message")),
                new Citation(CitationKind.valueOf(str(c, "kind")), str(c, "source"), c.get("verified").bool()));
    }

    /** A pass's conditions: the same shape as a verdict record's. */
    static AttributeValue conditions(List<Condition> conditions) {
        return list(conditions, DomainAttributes::condition);
    }

    static List<Condition> conditions(AttributeValue value) {
        return fromList(value, DomainAttributes::condition);
    }

    private static AttributeValue condition(Condition c) {
        return map("code", s(c.code()), "message", text(c.message()));
    }

    private static Condition condition(AttributeValue value) {
        return new Condition(str(value.m(), "code"), text(value.m().get("message")));
    }

    private static AttributeValue text(LocalizedText text) {
        return map("ko", s(text.ko()), "en", s(text.en()));
    }

    private static LocalizedText text(AttributeValue value) {
        return new LocalizedText(str(value.m(), "ko"), str(value.m(), "en"));
    }

    // ---- building blocks ----

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String str(Map<String, AttributeValue> m, String name) {
        AttributeValue value = m.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("stored item lacks " + name);
        }
        return value.s();
    }

    static Optional<String> optStr(Map<String, AttributeValue> m, String name) {
        return Optional.ofNullable(m.get(name)).map(AttributeValue::s);
    }

    private static AttributeValue map(Object... namesAndValues) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        }
        return AttributeValue.fromM(m);
    }

    private static <T> AttributeValue list(List<T> values, Function<T, AttributeValue> each) {
        return AttributeValue.fromL(values.stream().map(each).toList());
    }

    private static <T> List<T> fromList(AttributeValue value, Function<AttributeValue, T> each) {
        return value == null || value.l() == null ? List.of() : value.l().stream().map(each).toList();
    }
}
