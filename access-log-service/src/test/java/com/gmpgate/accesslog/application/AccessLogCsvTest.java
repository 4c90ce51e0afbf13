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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessLogCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "김민수|\"김민수\"",
        "=HYPERLINK(\"http://evil\",\"x\")|\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
        "+1+cmd|\"'+1+cmd\"",
        "-2+3|\"'-2+3\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "a=b|\"a=b\"",
        "김-민수|\"김-민수\"",
        "GATE-1|\"GATE-1\"",
        "``|\"\""
    })
    void everyCell_isQuoted_andFormulasAreInert(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }

    @Test
    void aFormulaAfterASeparator_isInertToo_whateverTheSpreadsheetSplitsOn() {
        // a European Excel splits on ';' and would see "=1+1" as a cell of its own
        assertThat(Csv.cell("김위생;=1+1")).isEqualTo("\"김위생;'=1+1\"");
        assertThat(Csv.cell("a,+1")).isEqualTo("\"a,'+1\"");
        assertThat(Csv.cell("a|@x")).isEqualTo("\"a|'@x\"");
        assertThat(Csv.cell("a\n-1")).isEqualTo("\"a\n'-1\"");
    }

    @Test
    void spacesAndQuotes_beforeAFormula_doNotHideIt() {
        assertThat(Csv.cell(" =1+1")).isEqualTo("\" '=1+1\"");
        assertThat(Csv.cell("\"=1+1")).isEqualTo("\"\"\"'=1+1\"");
        assertThat(Csv.cell("김; \"=1")).isEqualTo("\"김; \"\"'=1\"");
        assertThat(Csv.cell("\u3000＝1")).isEqualTo("\"\u3000'＝1\"");
    }

    @Test
    void controlCharacters_thatSpreadsheetsSkip_areNeutralisedToo() {
        assertThat(Csv.cell("\t=1+1")).isEqualTo("\"'\t'=1+1\"");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r'=1+1\"");
        assertThat(Csv.cell("x\ny")).isEqualTo("\"x\ny\"");
    }

    @Test
    void aDisplayNameWithASemicolonFormula_comesOutAsOneHarmlessCell() {
        AccessLogEntry entry = new AccessLogEntry("log-1", "site-a", "scan-1", Instant.parse("2026-03-02T00:30:00Z"),
                LocalDate.of(2026, 3, 2), Optional.of("w-1"), Optional.of("김위생;=1+1"), "GATE-1", Direction.IN,
                GateResult.ACCEPTED, Optional.empty(), Optional.of("p-1"), "u-admin", false, Instant.EPOCH);

        String csv = AccessLogCsv.document(List.of(entry), ZoneId.of("Asia/Seoul"));

        List<List<String>> records = Rfc4180.parse(csv.substring(Csv.BOM.length()));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo(AccessLogCsv.COLUMNS);
        assertThat(records.get(1)).hasSize(AccessLogCsv.COLUMNS.size()).contains("김위생;'=1+1");
        assertThat(csv).doesNotContain(";=");
    }
}
