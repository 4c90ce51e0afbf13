package com.gmpgate.accesslog.application;

import com.gmpgate.domain.gate.AccessLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The access log as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Korean names as mojibake),
 * RFC 4180 (CRLF line ends, every cell in double quotes, quotes doubled), and every cell that a spreadsheet would
 * take for a formula made inert.
 */
public final class AccessLogCsv {

    public static final String BOM = "\uFEFF";
    public static final List<String> COLUMNS = List.of("id", "at", "workerId", "workerName", "gateId", "direction",
            "result", "reason", "passId", "scannedBy", "offline");
    private static final String CRLF = "\r\n";
    /** Site-local, to the second, with its offset: 2026-03-02T09:30:00+09:00. */
    private static final DateTimeFormatter SITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
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
            line(csv, List.of(e.id(), SITE_TIME.format(e.at().atZone(siteZone)), e.workerId().orElse(""),
                    e.workerName().orElse(""), e.gateId(), e.direction().name(), e.result().name(),
                    e.reason().map(Enum::name).orElse(""), e.passId().orElse(""), e.scannedBy(),
                    Boolean.toString(e.offline())));
        }
        return csv.toString();
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
