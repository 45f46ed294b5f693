package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format full} and {@code import} of the document on another installation: the same
 * scores and the same document again; refusals in one line each with the JSON path, exit 65.
 */
class FullTransferCommandTest {

    static final String ENTITY = "Modena";

    @TempDir
    Path dir;

    CommandLineRun source;
    CommandLineRun target;
    Path exported;

    @BeforeEach
    void exportTheDemoPlanWithValuesRulesAValidationAndAnApprovedVersion() throws IOException {
        source = CommandLineRun.withDemoPlan(Files.createDirectory(dir.resolve("a")));
        target = new CommandLineRun(Files.createDirectory(dir.resolve("b")));
        source.succeeded("values", "set", "D1.1_10", "2022-06-30", "3", "--entity", ENTITY, "--year", "2022",
                "--reason", "primo semestre");
        source.succeeded("values", "set", "D1.1_10", "2022", "5", "--entity", ENTITY, "--year", "2022",
                "--reason", "dato provvisorio");
        source.succeeded("values", "set", "D1.1_10", "2022", "6", "--entity", ENTITY, "--year", "2022",
                "--reason", "rettifica");
        source.succeeded("policy", "set", "--entity", ENTITY, "--year", "2022", "--cap", "false");
        source.succeeded("period", "validate", "--entity", ENTITY, "--year", "2022", "--period", "2022-06-30");
        source.succeeded("plan", "approve", "--entity", ENTITY, "--year", "2022", "--act-number", "12",
                "--act-date", "31-01-2022");
        exported = dir.resolve("modena-completo.json");
        source.succeeded("export", "--entity", ENTITY, "--year", "2022", "--format", "full", "--output",
                exported.toString());
    }

    /** The document without its one installation-specific line, when it was exported. */
    private static String withoutExportTime(String document) {
        return document.replaceFirst("\"exported_at\" : \"[^\"]+\"", "\"exported_at\" : \"\"");
    }

    @Test
    void the_full_export_imported_on_an_empty_installation_gives_the_same_scores_and_exports_the_same() throws IOException {
        var imported = target.run("import", exported.toString());

        assertThat(imported.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(imported.out()).startsWith("Importato il piano Modena 2022 dall'esportazione completa: ");
        assertThat(target.scores(ENTITY, 2022)).isEqualTo(source.scores(ENTITY, 2022));
        assertThat(target.scores(ENTITY, 2022, "--period", "2022-06-30"))
                .isEqualTo(source.scores(ENTITY, 2022, "--period", "2022-06-30"));
        var again = target.succeeded("export", "--entity", ENTITY, "--year", "2022", "--format", "full");
        assertThat(withoutExportTime(again.out())).isEqualTo(withoutExportTime(Files.readString(exported)));
        assertThat(target.succeeded("plan", "state", "--entity", ENTITY, "--year", "2022").out()).contains("12");
    }

    @Test
    void a_plan_already_there_is_refused_in_one_line_unless_replaced_and_a_dry_run_stores_nothing() {
        var dryRun = target.run("import", exported.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(target.run("plans").out()).doesNotContain(ENTITY);

        target.succeeded("import", exported.toString());
        var refused = target.run("import", exported.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(refused.err().lines().toList()).containsExactly(
                "modena-completo.json, $.entity: esiste già un piano per Modena 2022: usare --replace per sostituirlo");
        assertThat(target.run("import", exported.toString(), "--replace").out()).startsWith("Sostituito il piano");
    }

    @Test
    void a_broken_document_is_refused_with_each_problem_at_its_path_and_nothing_is_stored() throws IOException {
        var text = Files.readString(exported).replaceFirst("\"measure_code\" : \"D1.1_10\"", "\"measure_code\" : \"NESSUNA\"");
        var broken = target.write("rotto.json", text);

        var result = target.run("import", broken.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err().lines().toList()).containsExactly(
                "rotto.json, $.values[0].measure_code: la misura «NESSUNA» non è definita in measures");
        assertThat(target.run("plans").out()).doesNotContain(ENTITY);
    }

    @Test
    void a_truncated_document_and_entity_or_year_options_are_refused_in_one_line() throws IOException {
        var truncated = target.write("troncato.json", "{ \"schema\" : \"traguardi.full/1\", \"entity\" : ");

        var result = target.run("import", truncated.toString());
        var withOptions = target.run("import", exported.toString(), "--year", "2023");

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .startsWith("troncato.json, $: non è JSON leggibile (riga:colonna 1:");
        assertThat(withOptions.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(withOptions.err().lines().toList()).containsExactly(
                "--entity e --year non si usano con un'esportazione completa: ente e anno sono quelli del file");
    }

    @Test
    void the_plan_json_of_export_or_any_json_is_refused_as_json_that_is_no_full_export_not_as_a_bad_tsv() throws IOException {
        var planJson = dir.resolve("piano.json");
        source.succeeded("export", "--entity", ENTITY, "--year", "2022", "--format", "json", "--output", planJson.toString());
        var list = target.write("elenco.dati", "[ {\"a\": 1} ]");

        var plan = target.run("import", planJson.toString());
        var other = target.run("import", list.toString());

        assertThat(plan.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(plan.err().lines().toList()).containsExactly("piano.json, $: il file è JSON ma non un'esportazione "
                + "completa «traguardi.full/1»: il campo schema dice «traguardi.plan/1»");
        assertThat(other.err().lines().toList()).containsExactly("elenco.dati, $: il file è JSON ma non un'esportazione "
                + "completa «traguardi.full/1»: il documento deve essere un oggetto JSON");
        assertThat(target.run("plans").out()).doesNotContain(ENTITY);
    }
}
