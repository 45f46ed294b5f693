package it.traguardi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineGroupTest {

    private static final Messages IT = Messages.forLanguage("it");

    private static ImportProblem weight(int line) {
        return new ImportProblem("piano.tsv", line, 3, Message.of("import.row.no_weight"));
    }

    @Test
    void consecutive_lines_are_told_as_a_range_and_the_others_one_by_one() {
        var lines = new java.util.ArrayList<>(IntStream.rangeClosed(4, 63).boxed().toList());
        lines.addAll(List.of(70, 72, 73));
        var group = new LineGroup<>(lines, "x");

        assertThat(group.ranges()).isEqualTo("4-63, 70, 72-73");
        assertThat(group.place(IT)).isEqualTo("righe 4-63, 70, 72-73");
    }

    @Test
    void alike_problems_fold_into_one_entry_and_a_different_one_stays_apart() {
        var problems = new java.util.ArrayList<ImportProblem>();
        IntStream.rangeClosed(4, 63).forEach(n -> problems.add(weight(n)));
        problems.add(new ImportProblem("piano.tsv", 65, 0, Message.of("import.row.no_title")));
        problems.add(weight(70));

        assertThat(ImportProblem.renderGrouped(problems, IT)).containsExactly(
                "piano.tsv, righe 4-63, 70, campo 3: peso mancante",
                "piano.tsv, riga 65: titolo mancante");
    }

    @Test
    void the_same_text_in_another_field_is_another_problem() {
        var other = new ImportProblem("piano.tsv", 5, 4, Message.of("import.row.no_weight"));

        assertThat(ImportProblem.renderGrouped(List.of(weight(4), other, weight(6)), IT)).containsExactly(
                "piano.tsv, righe 4, 6, campo 3: peso mancante",
                "piano.tsv, riga 5, campo 4: peso mancante");
    }

    @Test
    void a_problem_of_the_whole_file_has_no_lines() {
        var empty = new ImportProblem("valori.csv", 0, 0, Message.of("import.file.empty"));

        assertThat(ImportProblem.renderGrouped(List.of(empty), IT)).containsExactly("valori.csv: il file è vuoto");
    }
}
