package com.gmpgate.api;

import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Korean as mojibake), RFC 4180 (CRLF line ends,
 * every cell in double quotes, quotes doubled), and every cell a spreadsheet would take for a formula made inert
 * (OWASP "CSV injection"): an apostrophe before a formula start at the beginning of a cell or after a separator a
 * spreadsheet might split on. The one CSV writer of every export (access log, audit trail, daily sheet).
 */
public final class Csv {

    public static final String BOM = "\uFEFF";
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final String CRLF = "\r\n";
    /**
     * What makes Excel, LibreOffice or Google Sheets evaluate a cell (OWASP "CSV injection"), and the full-width
     * forms a CJK spreadsheet may read the same way.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /**
     * Where a spreadsheet may start a new cell inside our text: the list separators in use around the world
     * ({@code ,} in most locales, {@code ;} in much of Europe, tab, {@code |}) and line breaks. Quoting keeps them
     * inside the cell for a reader that honours RFC 4180; the neutralising does not rely on that.
     */
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

    /** One field: inert, then quoted (RFC 4180: in double quotes, a quote doubled). */
    public static String cell(String value) {
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
