package com.gmpgate.accesslog.application;

import com.gmpgate.domain.gate.AccessLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The access log as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Korean names as mojibake),
 * RFC 4180 (CRLF line ends, a field with a comma, quote or line break in quotes, quotes doubled), and every cell
 * that a spreadsheet would take for a formula made inert.
 */
public final class AccessLogCsv {

    public static final String BOM = "\uFEFF";
    public static final List<String> COLUMNS = List.of("id", "at", "workerId", "workerName", "gateId", "direction",
            "result", "reason", "passId", "scannedBy", "offline");
    private static final String CRLF = "\r\n";
    /** Site-local, to the second, with its offset: 2026-03-02T09:30:00+09:00. */
    private static final DateTimeFormatter SITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

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

    /**
     * One field. A value Excel, LibreOffice or Google Sheets would evaluate — starting with {@code = + - @}, or with
     * a tab or carriage return that they skip before looking — gets a leading apostrophe, which shows the text as
     * typed (OWASP "CSV injection"). Then RFC 4180 quoting.
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
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
