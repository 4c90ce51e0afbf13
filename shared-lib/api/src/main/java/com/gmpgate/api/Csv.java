package com.gmpgate.api;

import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Korean as mojibake), RFC 4180 (CRLF line ends,
 * every cell in double quotes, quotes doubled), and every cell a spreadsheet would take for a formula made inert
 * (OWASP "CSV injection"): an apostrophe before a formula start at the beginning of a cell or after a separator a
 * spreadsheet might split on. The same rules as access-log-service's AccessLogCsv, for the records' exports.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final String CRLF = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final String SEPARATORS = ",;\t|\r\n";

    private Csv() {
    }

    /** The whole document: BOM, the header line, one line per row. */
    public static String document(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    public static String cell(String value) {
        return '"' + inert(value).replace("\"", "\"\"") + '"';
    }

    static String inert(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                text.append('\'');
            } else if (cellStart && (c == '"' || c == '\'' || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                text.append(c);
                continue;
            }
            text.append(c);
            cellStart = SEPARATORS.indexOf(c) >= 0;
        }
        return text.toString();
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
