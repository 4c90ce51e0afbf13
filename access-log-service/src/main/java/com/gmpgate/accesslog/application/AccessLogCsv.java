package com.gmpgate.accesslog.application;

import com.gmpgate.domain.gate.AccessLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The access log as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Korean names as mojibake),
 * RFC 4180 (CRLF line ends, every cell in double quotes, quotes doubled), and every cell that a spreadsheet would
 * take for a formula made inert.
 */
public final class AccessLogCsv {

    public static final String BOM = "\uFEFF";
    /**
     * What a supervisor reads first, in Korean with Korean values; then the codes, for whoever filters or joins the
     * file by machine.
     */
    public static final List<String> COLUMNS = List.of("일시", "작업자", "출입문", "방향", "결과", "사유", "구분", "메모",
            "오프라인", "작업자 ID", "방향 코드", "결과 코드", "사유 코드", "구분 코드", "패스 ID", "확인자 ID", "기록 ID");
    private static final String CRLF = "\r\n";
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
    /**
     * What makes Excel, LibreOffice or Google Sheets evaluate a cell (OWASP "CSV injection"), and the full-width
     * forms a CJK spreadsheet may read the same way.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /**
     * Where a spreadsheet may start a new cell inside our text: the list separators in use around the world
     * ({@code ,} in most locales, {@code ;} in much of Europe, tab, {@code |}) and line breaks. Quoting keeps them
     * inside the cell for a reader that honours RFC 4180; the neutralising below does not rely on that.
     */
    private static final String SEPARATORS = ",;\t|\r\n";

    private AccessLogCsv() {
    }

    public static String document(List<AccessLogEntry> entries, ZoneId siteZone) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, COLUMNS);
        for (AccessLogEntry e : entries) {
            String reason = e.reason().map(Enum::name).orElse("");
            line(csv, List.of(SITE_TIME.format(e.at().atZone(siteZone)), e.workerName().orElse(""), e.gateId(),
                    label(e.direction().name()), label(e.result().name()), label(reason), label(e.kind().name()),
                    e.note().orElse(""), e.offline() ? "예" : "아니오",
                    e.workerId().orElse(""), e.direction().name(), e.result().name(), reason, e.kind().name(),
                    e.passId().orElse(""), e.scannedBy(), e.id()));
        }
        return csv.toString();
    }

    /** The Korean word for a code; a code without one (added since) stays as it is rather than vanish. */
    static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /** One field: inert, then quoted (RFC 4180: in double quotes, a quote doubled). */
    static String cell(String value) {
        return '"' + inert(value).replace("\"", "\"\"") + '"';
    }

    /**
     * The text with an apostrophe before every formula start that a spreadsheet could see at the beginning of a
     * cell: at the start of the value and after any separator it might split on ({@code 김위생;=1+1} is two cells
     * in a European Excel), each time after the spaces and quotes it skips first ({@code " =1"}). An apostrophe
     * makes the rest text, as typed. Nothing is removed, so the value stays readable.
     */
    static String inert(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                text.append('\'');
            } else if (cellStart && skippedBeforeAFormula(c)) {
                text.append(c);
                continue;
            }
            text.append(c);
            cellStart = SEPARATORS.indexOf(c) >= 0;
        }
        return text.toString();
    }

    /** Spaces and quotes a spreadsheet may trim before it looks for {@code =}. */
    private static boolean skippedBeforeAFormula(char c) {
        return c == '"' || c == '\'' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(values.get(i)));
        }
        csv.append(CRLF);
    }
}
