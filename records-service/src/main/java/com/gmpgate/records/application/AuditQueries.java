package com.gmpgate.records.application;

import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.UserStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's audit trail over site days {@code from..to} (inclusive): one page of entries, or all of them as CSV with
 * Korean headers. Names are looked up when read (the trail keeps ids), so a renamed user shows under today's name —
 * except a signature, which keeps the name signed under.
 */
public final class AuditQueries {

    /** More than a site's year of administration; an export larger than this is refused rather than cut short. */
    public static final int MAX_EXPORT = 20_000;
    public static final List<String> CSV_HEADER = List.of("일시", "작업", "수행자", "대상 종류", "대상", "내용",
            "서명 의미", "서명자", "서명 해시", "서명 검증");
    private static final DateTimeFormatter SITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final UserStore users;
    private final AuditSignatures signatures;
    private final ZoneId zone;

    public AuditQueries(AuditTrail trail, UserStore users, AuditSignatures signatures, ZoneId zone) {
        this.trail = trail;
        this.users = users;
        this.signatures = signatures;
        this.zone = zone;
    }

    /**
     * One entry as listed: the stored entry with the names of who acted and on whom, and, when it is signed, whether
     * the signature still holds against the record it names ({@link AuditSignatures}).
     */
    public record Row(AuditEntry entry, String actorName, String targetName,
                      Optional<AuditSignatures.Status> signatureStatus) {
    }

    public Page<Row> list(String siteId, LocalDate from, LocalDate to, PageRequest page) {
        Page<AuditEntry> found = trail.list(siteId, start(from), start(to.plusDays(1)), page);
        Map<String, String> names = new HashMap<>();
        return new Page<>(found.items().stream().map(e -> row(e, names)).toList(), found.nextCursor());
    }

    /** @throws SheetTooLargeException past {@link #MAX_EXPORT} entries */
    public List<List<String>> csvRows(String siteId, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<AuditEntry> page = trail.list(siteId, start(from), start(to.plusDays(1)),
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            for (AuditEntry e : page.items()) {
                Row row = row(e, names);
                rows.add(List.of(SITE_TIME.format(e.at().atZone(zone)), e.action().text().ko(), row.actorName(),
                        targetType(e.targetType()), row.targetName(), e.detail(),
                        e.signature().map(s -> s.meaning().text().ko()).orElse(""),
                        e.signature().map(s -> s.signerName()).orElse(""),
                        e.signature().map(s -> s.hash()).orElse(""),
                        row.signatureStatus().map(AuditQueries::statusText).orElse("")));
            }
            if (rows.size() > MAX_EXPORT) {
                throw new SheetTooLargeException(MAX_EXPORT);
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return rows;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private Row row(AuditEntry e, Map<String, String> names) {
        String actor = e.signature().map(s -> s.signerName()).orElseGet(() -> name(e.actorId(), names));
        String target = e.targetType().equals("USER") ? name(e.targetId(), names) : e.targetId();
        return new Row(e, actor, target, signatures.check(e));
    }

    private static String statusText(AuditSignatures.Status status) {
        return switch (status) {
            case VALID -> "일치";
            case TAMPERED -> "불일치 (서명 뒤 기록이 바뀜)";
            case RECORD_GONE -> "확인 불가 (기록 보존기간 경과)";
        };
    }

    private String name(String userId, Map<String, String> names) {
        return names.computeIfAbsent(userId, id -> users.findById(id).map(User::displayName).orElse(id));
    }

    private static String targetType(String type) {
        return switch (type) {
            case "USER" -> "사용자";
            case "SUBMISSION" -> "점검 제출";
            case "PASS" -> "출입증";
            default -> type;
        };
    }
}
