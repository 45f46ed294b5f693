package it.traguardi.core.value;

import static it.traguardi.core.value.NotationsDoc.code;
import static it.traguardi.core.value.NotationsDoc.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** docs/notations.md cannot drift: its examples are read as it says, and it has the rows of {@link NotationsTest}. */
class NotationsDocTest {

    @Test
    void every_accepted_example_of_the_doc_is_read_as_it_says() throws IOException {
        var rows = rows("## Target accettati");
        assertThat(rows).hasSizeGreaterThan(20);
        for (var row : rows) {
            var reading = ItalianFormat.readTarget(code(row.get(2)));
            assertThat(ItalianFormat.format(reading.value())).as(row.get(2)).isEqualTo(code(row.get(3)));
            assertThat(reading.warnings()).as("warnings of %s", row.get(2)).hasSize(row.get(4).equals("sì") ? 1 : 0);
        }
    }

    @Test
    void every_refused_example_of_the_doc_is_refused() throws IOException {
        var rows = rows("## Target rifiutati");
        assertThat(rows).hasSizeGreaterThan(5);
        for (var row : rows) {
            assertThatThrownBy(() -> ItalianFormat.parseTarget(code(row.get(0)))).as(row.get(0))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void the_doc_and_the_test_table_have_the_same_examples() throws IOException {
        assertThat(rows("## Target accettati").stream().map(r -> code(r.get(2))).toList())
                .containsExactlyElementsOf(NotationsTest.accepted().stream().map(a -> (String) a.get()[0]).toList());
        assertThat(rows("## Target rifiutati").stream().map(r -> code(r.get(0))).toList())
                .containsExactlyElementsOf(NotationsTest.refused().stream().map(Arguments::get)
                        .map(a -> (String) a[0]).toList());
    }

    @Test
    void every_value_example_of_the_doc_is_read_as_it_says() throws IOException {
        var rows = rows("## Valori (consuntivi e baseline)");
        assertThat(rows).hasSizeGreaterThan(10);
        for (var row : rows) {
            var value = ItalianFormat.parseEntered(code(row.get(2)), unit(row.get(3)));
            assertThat(ItalianFormat.format(value)).as(row.get(2)).isEqualTo(code(row.get(4)));
        }
        assertThat(rows.stream().map(r -> code(r.get(2))).toList()).containsExactlyElementsOf(
                NotationsTest.enteredValues().stream().map(a -> (String) a.get()[0]).toList());
    }

    @Test
    void every_refused_value_of_the_doc_is_refused() throws IOException {
        var rows = rows("## Valori rifiutati");
        for (var row : rows) {
            assertThatThrownBy(() -> ItalianFormat.parseEntered(code(row.get(0)), Unit.COUNT)).as(row.get(0))
                    .isInstanceOf(InvalidValueException.class);
        }
        assertThat(rows.stream().map(r -> code(r.get(0))).toList()).containsExactlyElementsOf(
                NotationsTest.refusedValues().stream().map(a -> (String) a.get()[0]).toList());
    }

    /** The unit column of the values table: a symbol in code, or a word for dates and yes/no. */
    private static Unit unit(String cell) {
        return switch (cell) {
            case "data" -> Unit.DATE;
            case "SI/NO" -> Unit.YES_NO;
            default -> Unit.bySymbol(code(cell)).orElseThrow();
        };
    }
}
