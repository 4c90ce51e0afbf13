package com.gmpgate.accesslog.application;

import com.gmpgate.api.Csv;
import com.gmpgate.domain.gate.AccessLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The access log as CSV for Excel ({@link Csv}: BOM, RFC 4180, formulas made inert), Korean columns first. */
public final class AccessLogCsv {

    /**
     * What a supervisor reads first, in Korean with Korean values; then the codes, for whoever filters or joins the
     * file by machine.
     */
    public static final List<String> COLUMNS = List.of("일시", "작업자", "출입문", "방향", "결과", "사유", "구분", "메모",
            "오프라인", "작업자 ID", "방향 코드", "결과 코드", "사유 코드", "구분 코드", "패스 ID", "확인자 ID", "기록 ID");
    /** Site-local, to the second, in the form Excel reads as a date and time: 2026-03-02 09:30:00. */
    private static final DateTimeFormatter SITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("IN", "입장"), Map.entry("OUT", "퇴장"),
            Map.entry("ACCEPTED", "허용"), Map.entry("REJECTED", "거부"),
            Map.entry("MALFORMED", "패스가 아님"), Map.entry("INVALID_SIGNATURE", "위조·변조된 패스"),
            Map.entry("EXPIRED", "만료된 패스"), Map.entry("NOT_YET_VALID", "아직 유효하지 않은 패스"),
            Map.entry("WRONG_SITE", "다른 사업장의 패스"), Map.entry("REVOKED", "취소된 패스"),
            Map.entry("ALREADY_INSIDE", "이미 입장 중"), Map.entry("NOT_INSIDE", "입장 기록 없음"),
            Map.entry("SCAN", "QR 스캔"), Map.entry("MANUAL", "수동 입력"), Map.entry("CORRECTION", "정정"));

    private AccessLogCsv() {
    }

    public static String document(List<AccessLogEntry> entries, ZoneId siteZone) {
        List<List<String>> rows = new ArrayList<>(entries.size());
        for (AccessLogEntry e : entries) {
            String reason = e.reason().map(Enum::name).orElse("");
            rows.add(List.of(SITE_TIME.format(e.at().atZone(siteZone)), e.workerName().orElse(""), e.gateId(),
                    label(e.direction().name()), label(e.result().name()), label(reason), label(e.kind().name()),
                    e.note().orElse(""), e.offline() ? "예" : "아니오",
                    e.workerId().orElse(""), e.direction().name(), e.result().name(), reason, e.kind().name(),
                    e.passId().orElse(""), e.scannedBy(), e.id()));
        }
        return Csv.document(COLUMNS, rows);
    }

    /** The Korean word for a code; a code without one (added since) stays as it is rather than vanish. */
    static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
