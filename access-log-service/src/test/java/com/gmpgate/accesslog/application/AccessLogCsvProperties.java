package com.gmpgate.accesslog.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.Csv;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz of the CSV writer: whatever the names and ids hold, the export parses as RFC 4180 with one field per column
 * in every record, no cell (nor any part of one a spreadsheet could split off at a separator) starts with a formula
 * character, and the text is kept: the writer only ever adds apostrophes.
 */
class AccessLogCsvProperties {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern SEPARATOR = Pattern.compile("[,;\t|\r\n]");

    @Provide
    Arbitrary<String> text() {
        // mostly the characters that matter, mixed with anything at all (lone surrogates, controls, CJK)
        Arbitrary<String> nasty = Arbitraries.strings().withChars("=+-@\t\r\n,;|\"' \u3000＝김위생1").ofMaxLength(24);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.oneOf(nasty, nasty, any);
    }

    @Property(tries = 300)
    void anyNames_giveParseableCsv_withTheSameFieldCount_andNoFormulaStart(
            @ForAll("entries") List<AccessLogEntry> entries) {
        String csv = AccessLogCsv.document(entries, ZoneId.of("Asia/Seoul"));

        assertThat(csv).startsWith(Csv.BOM);
        List<List<String>> records = Rfc4180.parse(csv.substring(Csv.BOM.length()));
        assertThat(records).hasSize(entries.size() + 1);
        for (List<String> record : records) {
            assertThat(record).hasSize(AccessLogCsv.COLUMNS.size());
            record.forEach(AccessLogCsvProperties::assertHarmless);
        }
        for (int i = 0; i < entries.size(); i++) {
            AccessLogEntry e = entries.get(i);
            List<String> cells = records.get(i + 1);
            assertThat(withoutApostrophes(cells.get(AccessLogCsv.COLUMNS.indexOf("작업자"))))
                    .isEqualTo(withoutApostrophes(e.workerName().orElse("")));
            assertThat(withoutApostrophes(cells.get(AccessLogCsv.COLUMNS.indexOf("확인자 ID"))))
                    .isEqualTo(withoutApostrophes(e.scannedBy()));
        }
    }

    @Property(tries = 1000)
    void anyCell_readsBackAsItsText_plusApostrophes_andIsHarmless(@ForAll("text") String value) {
        List<List<String>> records = Rfc4180.parse(Csv.cell(value) + "\r\n");

        assertThat(records).hasSize(1);
        assertThat(records.get(0)).hasSize(1);
        String read = records.get(0).get(0);
        assertThat(withoutApostrophes(read)).isEqualTo(withoutApostrophes(value));
        assertHarmless(read);
    }

    @Provide
    Arbitrary<List<AccessLogEntry>> entries() {
        Arbitrary<AccessLogEntry> entry = text().list().ofSize(4).map(t -> new AccessLogEntry("log-" + t.get(0),
                "site-a", "scan-1", Instant.parse("2026-03-02T00:30:00Z"), LocalDate.of(2026, 3, 2),
                Optional.of(t.get(1)), Optional.of(t.get(2)).filter(s -> !s.isEmpty()), "GATE-1", Direction.IN,
                GateResult.ACCEPTED, Optional.empty(), Optional.of(t.get(3)), t.get(0), true, Instant.EPOCH));
        return entry.list().ofMaxSize(5);
    }

    /**
     * The cell, and every piece of it a spreadsheet splitting at any separator could make a cell of, begins — after
     * the spaces and quotes it may trim — with something other than a formula character.
     */
    private static void assertHarmless(String cell) {
        assertPieceHarmless(cell, 0);
        var separators = SEPARATOR.matcher(cell);
        while (separators.find()) {
            // the separator itself may be a formula start (tab, CR): it was checked with the piece before it
            assertPieceHarmless(cell, separators.end());
        }
    }

    private static void assertPieceHarmless(String cell, int from) {
        int i = from;
        while (i < cell.length() && trimmed(cell.charAt(i))) {
            i++;
        }
        if (i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0) {
            throw new AssertionError("a formula start at " + i + " of cell [" + cell + "]");
        }
    }

    private static boolean trimmed(char c) {
        return c == '"' || (c != '\t' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    private static String withoutApostrophes(String text) {
        return text.replace("'", "");
    }
}
