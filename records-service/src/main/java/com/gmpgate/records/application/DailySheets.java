package com.gmpgate.records.application;

import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ChecklistTemplate;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.ItemType;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.SubmissionStore;
import com.gmpgate.port.UserStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the day's sheet from the stored verdict records: each screening of the site that day (oldest first), the
 * worker's name and department, the time, each checklist item's answer (✓ fit / ✗ not, the temperature), the verdict,
 * the conditions and the reviewer's signature. Answers past their retention are gone from storage: those cells say
 * so, the rest of the row — the record an auditor needs — is whole.
 */
public final class DailySheets {

    public static final String FIT = "✓";
    public static final String UNFIT = "✗";
    public static final String EXPIRED = "–";
    /** More screenings than a plant's day has; a sheet larger than this is refused rather than cut short. */
    public static final int MAX_ROWS = 5_000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, String> SHORT_LABELS = Map.ofEntries(
            Map.entry("temperature", "체온(℃)"), Map.entry("vomiting", "구토"), Map.entry("diarrhea", "설사"),
            Map.entry("jaundice", "황달"), Map.entry("sore_throat_fever", "인후통·발열"),
            Map.entry("reportable_diagnosis", "법정감염병"), Map.entry("hand_wound", "손 상처"),
            Map.entry("uniform_clean", "위생복"), Map.entry("hair_covered", "두발"),
            Map.entry("jewelry_removed", "장신구"), Map.entry("nails_ok", "손톱"), Map.entry("hands_washed", "손 씻기"));

    private final SubmissionStore submissions;
    private final UserStore users;
    private final RulePacks packs;
    private final ZoneId zone;
    private final Clock clock;

    public DailySheets(SubmissionStore submissions, UserStore users, RulePacks packs, ZoneId zone, Clock clock) {
        this.submissions = submissions;
        this.users = users;
        this.packs = packs;
        this.zone = zone;
        this.clock = clock;
    }

    /** @throws SheetTooLargeException when the day has more than {@link #MAX_ROWS} screenings */
    public DailySheet sheet(String siteId, LocalDate date) {
        List<Submission> day = screenings(siteId, date);
        ChecklistTemplate template = day.stream().reduce((first, second) -> second)
                .flatMap(s -> packs.find(s.evaluation().rulePackId()))
                .orElse(packs.defaultPack()).template();
        List<ChecklistItem> items = template.items().stream()
                .filter(item -> item.type() != ItemType.PHOTO)
                .sorted(Comparator.comparingInt(ChecklistItem::order)).toList();

        List<String> header = new ArrayList<>(List.of("이름", "부서", "시각"));
        items.forEach(item -> header.add(SHORT_LABELS.getOrDefault(item.id(), item.label().ko())));
        header.addAll(List.of("판정", "조건", "검토·서명"));

        Map<String, Optional<User>> people = new HashMap<>();
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        int expired = 0;
        for (Submission s : day) {
            Optional<User> worker = people.computeIfAbsent(s.workerId(), users::findById);
            boolean gone = s.evaluation().answers().isEmpty() || !now.isBefore(s.expiresAt());
            if (gone) {
                expired++;
            }
            List<String> row = new ArrayList<>();
            row.add(worker.map(User::displayName).orElse(s.workerId()));
            row.add(worker.map(User::department).orElse(""));
            row.add(HH_MM.format(s.submittedAt().atZone(zone)));
            for (ChecklistItem item : items) {
                row.add(gone ? EXPIRED : mark(item, s.evaluation().answers().get(item.id())));
            }
            row.add(verdict(s.verdict()));
            row.add(s.currentConditions().stream().map(c -> c.message().ko()).collect(Collectors.joining(" / ")));
            row.add(signature(s));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(List.of(
                FIT + " 적합(증상 없음·이행함)  " + UNFIT + " 부적합(증상 있음·미이행)  체온은 ℃",
                "판정 기록(템플릿·규칙팩 해시·적용 규칙·조건·검토 서명)은 보존기간 동안 유지됩니다."));
        if (expired > 0) {
            notes.add(EXPIRED + " : 원 답변은 보존기간이 지나 삭제되었습니다 (" + expired + "건). 판정과 서명은 남아 있습니다.");
        }
        return new DailySheet(siteId, date, now, "위생상태점검표 — " + siteId + " — " + date, header, rows, expired,
                notes);
    }

    private List<Submission> screenings(String siteId, LocalDate date) {
        List<Submission> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Submission> page = submissions.listBySiteDate(siteId, date, Optional.empty(), Optional.empty(),
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            if (all.size() > MAX_ROWS) {
                throw new SheetTooLargeException(MAX_ROWS);
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        all.sort(Comparator.comparing(Submission::submittedAt).thenComparing(Submission::id));
        return all;
    }

    /** ✓ when the answer is the fit one (no symptom, hygiene step done), ✗ when not; numbers as answered. */
    static String mark(ChecklistItem item, Object answer) {
        if (answer instanceof Boolean yes) {
            boolean fit = item.category() == ItemCategory.HYGIENE ? yes : !yes;
            return fit ? FIT : UNFIT;
        }
        if (answer instanceof BigDecimal number) {
            return number.stripTrailingZeros().scale() <= 0 ? number.setScale(1).toPlainString()
                    : number.toPlainString();
        }
        return answer == null ? "" : answer.toString();
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "적합";
            case CONDITIONAL_PASS -> "조건부 적합";
            case ACTION_REQUIRED -> "조치 후 재점검";
            case FAIL -> "부적합";
            case PENDING_REVIEW -> "검토 대기";
        };
    }

    /**
     * Every decision of the screening, oldest first: the signed original and each correction after it (joined by
     * " → "), so the printed sheet shows what was decided first, not only what stands.
     */
    private String signature(Submission s) {
        List<String> decisions = new java.util.ArrayList<>();
        for (int i = 0; i < s.reviews().size(); i++) {
            decisions.add(signature(s, i));
        }
        return String.join(" → ", decisions);
    }

    private String signature(Submission s, int index) {
        Review review = s.reviews().get(index);
        String at = HH_MM.format(review.reviewedAt().atZone(zone));
        return switch (SignedDecisions.status(s, index)) {
            case VALID -> review.signature().orElseThrow().signerName() + " " + at + " " + meaning(review);
            case TAMPERED -> review.signature().map(sig -> sig.signerName() + " " + at).orElse(at)
                    + " [서명 불일치: 서명 뒤 기록이 바뀜]";
            case UNSIGNED -> review.reviewerId() + " " + at + " (서명 없음)";
        };
    }

    /** A correction says what it corrected to: "기록 정정: 검토 반려 (출입 불가)". */
    private static String meaning(Review review) {
        SignatureMeaning meaning = review.signature().orElseThrow().meaning();
        return meaning == SignatureMeaning.CORRECTION
                ? meaning.text().ko() + ": " + SignedDecisions.meaning(review.decision(), false).text().ko()
                : meaning.text().ko();
    }
}
