package it.traguardi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetCellTest {

    /** Text, and the cell it must become: what a spreadsheet would run gets the text mark, nothing else does. */
    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x\";\"y\")", "'=HYPERLINK(\"http://x\";\"y\")"),
                Arguments.of("+39 059 208111", "'+39 059 208111"),
                Arguments.of("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                Arguments.of("- titolo con trattino", "'- titolo con trattino"),
                Arguments.of("= 800 N.", "'= 800 N."),
                // a line break or tab inside a cell would open a new row or cell that starts with "="
                Arguments.of("\t=1+1", "' =1+1"),
                Arguments.of("\r=1+1", "' =1+1"),
                Arguments.of("Titolo\t=1+1", "Titolo =1+1"),
                Arguments.of("a\r\nb", "a  b"),
                // the seed's negative numbers are numbers, not formulas
                Arguments.of("-20,14 gg", "-20,14 gg"),
                Arguments.of("-18 gg", "-18 gg"),
                Arguments.of("-1.234.567,5 €", "-1.234.567,5 €"),
                Arguments.of("-5", "-5"),
                Arguments.of("-5,5 %", "-5,5 %"),
                // a text mark already there is kept by adding one more, so that it reads back
                Arguments.of("'=già marcato", "''=già marcato"),
                Arguments.of("'-5", "''-5"),
                Arguments.of("'Ndrangheta", "'Ndrangheta"),
                Arguments.of("≤ -18 gg", "≤ -18 gg"),
                Arguments.of("301.51 - Partecipanti", "301.51 - Partecipanti"),
                Arguments.of("", ""),
                Arguments.of("'", "'"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void text_that_a_spreadsheet_would_run_is_written_as_text(String text, String cell) {
        assertThat(SpreadsheetCell.neutralise(text)).isEqualTo(cell);
    }

    @ParameterizedTest
    @MethodSource("cells")
    void every_cell_reads_back_as_its_text_on_one_line(String text, String cell) {
        assertThat(SpreadsheetCell.restore(cell)).isEqualTo(text.replaceAll("[\t\r\n]", " ").strip());
    }

    @ParameterizedTest
    @MethodSource("cells")
    void no_written_cell_starts_with_a_formula_character_unless_it_is_a_negative_number(String text, String cell) {
        var written = SpreadsheetCell.neutralise(text);
        assertThat(written).doesNotContain("\t", "\r", "\n");
        assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        if (written.startsWith("-")) {
            assertThat(written).matches("-[\\d.]+(,\\d+)?( .+)?");
        }
    }
}
