package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code traguardi export}: refusals in one line with exit 65, and TSV that a spreadsheet opens as text. */
class ExportCommandTest {

    @TempDir
    Path dir;

    /** A plan with no areas, as "Nuovo piano" in the browser stores it before anything is added. */
    private CommandLineRun withEmptyPlan() {
        var run = new CommandLineRun(dir);
        try (var database = Database.open(run.databaseUrl())) {
            new PlanStore(database.dataSource()).save(
                    new Plan("Carpi", 2023, List.of(), List.of(2023, 2024, 2025), List.of()), false, CommandLineAuthor.current());
        }
        return run;
    }

    @Test
    void a_plan_the_alberatura_cannot_hold_whole_is_refused_with_what_would_be_lost_and_kept_by_the_full_export()
            throws Exception {
        // the seed with a target for 2021, before the plan's target years: a TSV would drop it without a word
        var run = new CommandLineRun(dir);
        try (var database = Database.open(run.databaseUrl())) {
            var seed = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
            var indicator = seed.indicators().filter(i -> i.code().equals("301.51")).findFirst().orElseThrow();
            var d = indicator.definition();
            var targets = new TreeMap<>(d.targets());
            targets.put(2021, targets.get(2022));
            new PlanStore(database.dataSource()).save(PlanEdits.define(seed, indicator.id(),
                    new IndicatorDefinition(d.algorithm(), d.unit(), d.baselines(), targets,
                            d.dataSource(), d.owner(), d.formula())), false, CommandLineAuthor.current());
        }
        var output = dir.resolve("modena.tsv");

        var tsv = run.run("export", "--entity", "Modena", "--year", "2022", "--format", "tsv", "--output", output.toString());
        var template = run.run("template", "plan", "--entity", "Modena", "--year", "2022", "--output",
                dir.resolve("modena.xlsx").toString());
        var full = run.run("export", "--entity", "Modena", "--year", "2022", "--format", "full", "--output",
                dir.resolve("modena.json").toString());

        assertThat(tsv.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(tsv.err().lines().toList()).containsExactly("il piano Modena 2022 non entra nell'alberatura di 12 campi"
                + " senza perdere dati: indicatore «301.51 - " + indicator301(run) + "»: target per il 2021, che non è tra"
                + " gli anni di target dell'alberatura (2022, 2023, 2024). Esportarlo con --format=json o --format=full,"
                + " che lo conservano tutto");
        assertThat(output).doesNotExist();
        assertThat(template.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(dir.resolve("modena.xlsx")).doesNotExist();
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(Files.readString(dir.resolve("modena.json"))).contains("\"target_year\" : 2021");
    }

    private static String indicator301(CommandLineRun run) {
        try (var database = Database.open(run.databaseUrl())) {
            return new PlanStore(database.dataSource()).load("Modena", 2022).orElseThrow().indicators()
                    .filter(i -> i.code().equals("301.51")).findFirst().orElseThrow().title();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsv", "json"})
    void exporting_an_empty_plan_says_so_in_one_line_and_exits_65(String format) {
        var result = withEmptyPlan().run("export", "--entity", "Carpi", "--year", "2023", "--format", format);

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err().lines().toList())
                .containsExactly("il piano Carpi 2023 è vuoto (nessun ambito): non c'è nulla da esportare");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void an_empty_plan_is_refused_in_english_with_lang_en_and_no_file_is_written() {
        var output = dir.resolve("carpi.tsv");

        var result = withEmptyPlan().run("--lang", "en", "export", "--entity", "Carpi", "--year", "2023",
                "--format", "tsv", "--output", output.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err().lines().toList())
                .containsExactly("the plan Carpi 2023 is empty (no areas): there is nothing to export");
        assertThat(output).doesNotExist();
    }

    @Test
    void exporting_a_plan_that_is_not_stored_says_so_in_one_line_in_either_language() {
        var run = withEmptyPlan();

        var italian = run.run("export", "--entity", "Bologna", "--year", "2022", "--format", "tsv");
        var english = run.run("--lang", "en", "export", "--entity", "Bologna", "--year", "2022", "--format", "json");

        assertThat(italian.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(italian.err().lines().toList())
                .containsExactly("nessun piano registrato per Bologna 2022 (vedere «traguardi plans»)");
        assertThat(english.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(english.err().lines().toList())
                .containsExactly("no stored plan for Bologna 2022 (see «traguardi plans»)");
        assertThat(italian.out() + english.out()).isEmpty();
    }

    @Test
    void a_plan_with_a_title_that_starts_like_a_formula_is_exported_as_text_and_imports_back_the_same()
            throws Exception {
        var seed = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
        var hostile = seed.replace("1 - Competitività delle imprese", "=HYPERLINK(\"http://x.example\";\"Apri\")");
        var run = new CommandLineRun(dir);
        var source = run.write("ostile.tsv", hostile);
        assertThat(run.run("import", source.toString()).exitCode()).isEqualTo(ExitCode.DONE);
        var exported = dir.resolve("export.tsv");

        var export = run.run("export", "--entity", "Modena", "--year", "2022", "--format", "tsv",
                "--output", exported.toString());
        var again = run.run("import", "--entity", "Copia", exported.toString());

        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.DONE);
        assertThat(Files.readString(exported)).contains("\t'=HYPERLINK(\"http://x.example\";\"Apri\")\t")
                .doesNotContain("\t=HYPERLINK");
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.DONE);
        var original = AlberaturaReader.read("ostile.tsv", hostile.getBytes(StandardCharsets.UTF_8), Overrides.NONE)
                .plan();
        try (var database = Database.open(run.databaseUrl())) {
            var copy = new PlanStore(database.dataSource()).load("Copia", 2022).orElseThrow();
            assertThat(copy.areas()).isEqualTo(original.areas());
        }
    }

    @Test
    void targets_written_in_words_are_imported_stored_and_exported_as_the_plan_wrote_them() throws Exception {
        // the seed's 2022 target of 301.50, then a deadline, as other chambers write them
        var seed = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
        assertThat(seed).contains("\t≥ 13.200.000.000 €\t");
        var words = seed.replace("\t≥ 13.200.000.000 €\t", "\tnon inferiore a 13.200.000.000 €\t");
        var run = new CommandLineRun(dir);
        var source = run.write("parole.tsv", words);
        assertThat(run.run("import", source.toString()).exitCode()).isEqualTo(ExitCode.DONE);
        var exported = dir.resolve("export.tsv");

        var tsv = run.run("export", "--entity", "Modena", "--year", "2022", "--format", "tsv",
                "--output", exported.toString());
        var json = run.run("export", "--entity", "Modena", "--year", "2022", "--format", "json");

        assertThat(tsv.exitCode()).as(tsv.err()).isEqualTo(ExitCode.DONE);
        assertThat(Files.readString(exported)).contains("\tnon inferiore a 13.200.000.000 €\t")
                .doesNotContain("\t≥ 13.200.000.000 €\t");
        assertThat(json.out()).contains("\"text\" : \"non inferiore a 13.200.000.000 €\"")
                .contains("\"understood\" : \"≥ 13.200.000.000 €\"");
    }
}
