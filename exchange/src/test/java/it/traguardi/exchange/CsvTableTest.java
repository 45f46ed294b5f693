package it.traguardi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of a table for a spreadsheet: separated by ;, quoted when needed, formula cells marked as text. */
class CsvTableTest {

    @Test
    void cells_with_separators_or_quotes_are_quoted_and_formulas_marked_as_text() {
        var csv = CsvTable.write(List.of("oggetto", "motivo"), List.of(
                List.of("a;b", "=HYPERLINK(\"http://x\")"),
                List.of("{\"valore\":\"-20,14 gg\"}", "-20,14 gg"),
                List.of("riga\ndue", "@SUM(A1)")));

        assertThat(csv).isEqualTo("oggetto;motivo\r\n"
                + "\"a;b\";\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "\"{\"\"valore\"\":\"\"-20,14 gg\"\"}\";-20,14 gg\r\n"
                + "riga due;'@SUM(A1)\r\n");
    }

    @Test
    void a_row_of_another_width_is_a_fault() {
        assertThatThrownBy(() -> CsvTable.write(List.of("a", "b"), List.of(List.of("solo uno"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
