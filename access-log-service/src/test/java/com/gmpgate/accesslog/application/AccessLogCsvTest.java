package com.gmpgate.accesslog.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessLogCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "김민수|김민수",
        "=HYPERLINK(\"http://evil\",\"x\")|`\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"`",
        "+1+cmd|'+1+cmd",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "a=b|a=b",
        "GATE-1|GATE-1",
        "``|``"
    })
    void cells_areQuotedAsRfc4180Says_andFormulasAreInert(String value, String expected) {
        assertThat(AccessLogCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void controlCharacters_thatSpreadsheetsSkip_areNeutralisedToo() {
        assertThat(AccessLogCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(AccessLogCsv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(AccessLogCsv.cell("x\ny")).isEqualTo("\"x\ny\"");
    }
}
