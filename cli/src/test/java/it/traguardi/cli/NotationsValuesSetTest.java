package it.traguardi.cli;

import static it.traguardi.core.value.NotationsDoc.code;
import static it.traguardi.core.value.NotationsDoc.rows;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.exchange.DemoData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values table of docs/notations.md through {@code values set} on the demo plan: each example is
 * recorded on an indicator of the unit its row names, and the score shows it as the table says; each
 * refused example exits non-zero naming the value. The demo plan has no yes/no indicator, so the
 * {@code SI/NO} rows are checked in core only. Also: {@code import} prints a target read with a warning.
 */
class NotationsValuesSetTest {

    /** An indicator of the demo plan, recorded directly, for each unit of the table. */
    private static final Map<String, String> INDICATOR = Map.of("`N.`", "31.D1.1.2", "`%`", "31.D1.2.4",
            "`gg`", "802.51", "data", "71.B1.1_1");

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    @Test
    void every_value_example_of_the_doc_is_recorded_as_it_says() throws Exception {
        int checked = 0;
        for (var row : rows("## Valori (consuntivi e baseline)")) {
            var code = INDICATOR.get(row.get(3));
            if (code == null) {
                continue; // SI/NO: no such indicator in the demo plan
            }
            var outcome = cli.run("values", "set", code, "2022", code(row.get(2)), "--reason", "prova",
                    "--entity", "Modena", "--year", "2022");
            assertThat(outcome.exitCode()).as(row.get(2) + ": " + outcome.err()).isZero();
            var actual = CommandLineRun.find(cli.scores("Modena", 2022), code).get("actual");
            // the doc's "Letto come" is the file form ("97,09 %"); the score speaks as pages do ("97,09%")
            var readAs = ShownFormat.of(ItalianFormat.parseValue(code(row.get(4))));
            assertThat(actual.isNull() ? "N/D" : actual.asText()).as(row.get(2)).isEqualTo(readAs);
            checked++;
        }
        assertThat(checked).isGreaterThan(9);
    }

    @Test
    void every_refused_value_of_the_doc_is_refused_naming_it() throws Exception {
        for (var row : rows("## Valori rifiutati")) {
            var written = code(row.get(0));
            var outcome = cli.run("values", "set", "31.D1.1.2", "2022", written, "--reason", "prova",
                    "--entity", "Modena", "--year", "2022");
            assertThat(outcome.exitCode()).as(written).isNotZero();
            assertThat(outcome.err()).as(written).contains("«" + written + "»");
        }
    }

    @Test
    void import_prints_a_target_read_with_a_warning_with_line_and_field_and_stores_the_plan() throws Exception {
        var seed = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
        assertThat(seed).contains("≥ 13.200.000.000 €");
        var file = cli.write("piano.tsv", seed.replace("≥ 13.200.000.000 €", "> 13.200.000.000 €")
                .getBytes(StandardCharsets.UTF_8));

        var outcome = cli.run("import", file.toString(), "--entity", "Carpi", "--year", "2022");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        // line 10, field 9 of the seed: the 2022 target of 301.50, read as ≥ (no strict comparison; warnings speak as pages do)
        assertThat(outcome.err()).contains("avviso: riga 10, campo 9 («TARGET 2022»): «> 13.200.000.000 €»: «>» è letto come "
                + "«≥ 13.200.000.000 €»");
    }

    @Test
    void import_counts_its_warnings_by_kind_before_telling_them() throws Exception {
        var seed = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
        var file = cli.write("piano.tsv", seed.replace("≥ 13.200.000.000 €", "> 13.200.000.000 €")
                .replace("≥ 1.000 N.", "> 1.000 N.").getBytes(StandardCharsets.UTF_8));

        var outcome = cli.run("import", file.toString(), "--entity", "Carpi", "--year", "2022");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        var lines = outcome.err().lines().toList();
        // the seed's own warnings (SeedImportTest), and four targets read with a warning: one on line 10,
        // three (2022-2024) on line 11
        assertThat(lines.getFirst()).isEqualTo("53 avvisi per tipo: Codici duplicati 4, Codici mancanti 3, "
                + "Anni di baseline diversi tra sezioni 2, Algoritmi senza formula leggibile 40, "
                + "Target letti con un avviso 4");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("avviso: "))
                .filteredOn(l -> l.contains("è letto come")).hasSize(4);
    }
}
