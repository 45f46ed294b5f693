package it.traguardi.exchange.alberatura;

import static it.traguardi.core.value.NotationsDoc.code;
import static it.traguardi.core.value.NotationsDoc.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.check.FindingKind;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.SpreadsheetCell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of docs/notations.md through the alberatura import: the example is written as the
 * 2022 target of the seed's line 10 (field 9), and the stored target, the warning (with line and
 * field) or the refusal (with line and field) are what the table says.
 */
class NotationsImportTest {

    private static final String SEED = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
    private static final String SEED_TARGET = "≥ 13.200.000.000 €";
    private static final Messages IT = Messages.forLanguage("it");

    static Stream<List<String>> accepted() throws IOException {
        return rows("## Target accettati").stream();
    }

    static Stream<List<String>> refused() throws IOException {
        return rows("## Target rifiutati").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void an_accepted_notation_is_imported_as_the_table_says(List<String> row) throws ImportException {
        var written = code(row.get(2));
        var imported = AlberaturaReader.read("piano.tsv", withTarget(written), Overrides.NONE);
        var indicator = imported.plan().nodes().stream()
                .filter(n -> imported.lines().get(n.id()) == 10).map(Indicator.class::cast).findFirst().orElseThrow();
        assertThat(ItalianFormat.format(indicator.definition().targets().get(2022))).isEqualTo(code(row.get(3)));
        var warnings = imported.warnings().stream().filter(f -> f.kind() == FindingKind.TARGET_NOTATION).toList();
        assertThat(warnings).hasSize(row.get(4).equals("sì") ? 1 : 0);
        warnings.forEach(w -> {
            assertThat(w.nodes()).containsExactly(indicator.id());
            assertThat(IT.render(w.message())).startsWith("riga 10, campo 9 («TARGET 2022»): «");
        });
    }

    /**
     * The export writes each target as the plan wrote it, its spaces normalised as the reader
     * normalises them (non-breaking spaces made spaces, runs of spaces made one), so that the
     * exported plan reads back identical, cell by cell and target by target.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void an_accepted_notation_is_exported_as_written_and_reads_back_the_same(List<String> row) throws ImportException {
        var written = code(row.get(2));
        var imported = AlberaturaReader.read("piano.tsv", withTarget(written), Overrides.NONE);
        var indicator = imported.plan().nodes().stream()
                .filter(n -> imported.lines().get(n.id()) == 10).map(Indicator.class::cast).findFirst().orElseThrow();

        var exported = AlberaturaWriter.write(imported.plan());
        var again = AlberaturaReader.read("export.tsv", exported.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();

        var normalised = written.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll(" +", " ");
        var line = exported.lines().filter(l -> l.contains("\t" + indicator.label() + "\t")).findFirst().orElseThrow();
        // the writer's cells: weight, label, -, algorithm, -, three baselines, then the 2022 target
        assertThat(SpreadsheetCell.restore(line.split("\t", -1)[8])).isEqualTo(normalised);
        assertThat(again).isEqualTo(imported.plan());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void a_refused_notation_refuses_the_file_naming_line_and_field(List<String> row) {
        var e = catchThrowableOfType(ImportException.class,
                () -> AlberaturaReader.read("piano.tsv", withTarget(code(row.get(0))), Overrides.NONE));
        assertThat(e).as("the import must be refused").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.field()).isEqualTo(9);
        });
    }

    private static byte[] withTarget(String target) {
        var lines = SEED.split("\n", -1);
        assertThat(lines[9]).contains(SEED_TARGET);
        lines[9] = lines[9].replace(SEED_TARGET, target);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
