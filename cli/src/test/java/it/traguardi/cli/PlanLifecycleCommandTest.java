package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code traguardi plan state|approve|publish|close|revise} and {@code diff} over the demo plan:
 * the cycle in order, every refusal on its option with exit 65 and nothing changed, an approved
 * plan refusing the formula command and a re-import, and versions read back by {@code --version}.
 */
class PlanLifecycleCommandTest {

    private static final String[] PLAN = {"--entity", "Modena", "--year", "2022"};

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    private CommandLineRun.Outcome run(String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(java.util.List.of(PLAN));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void an_approval_needs_its_act_and_an_approved_plan_refuses_the_formula_command_and_a_reimport() throws Exception {
        assertThat(run("plan", "state").out()).contains("Piano di Modena per il 2022: bozza",
                "Il piano non è ancora stato approvato.");

        var missing = run("plan", "approve", "--act-date", "31-02-2022");
        assertThat(missing.exitCode()).isEqualTo(65);
        assertThat(missing.err()).contains("--act-number: il numero dell'atto di approvazione è obbligatorio",
                "--act-date: «31-02-2022» non è una data valida");
        assertThat(run("plan", "publish").err()).contains("Non si può pubblicare un piano nello stato «bozza».");

        var approved = run("plan", "approve", "--act-number", "12", "--act-date", "31-01-2022");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("Piano di Modena per il 2022: approvato", "Versione 1: atto n. 12 del 31-01-2022");

        var formula = run("formula", "31.D1.2.4", "");
        assertThat(formula.exitCode()).isEqualTo(65);
        assertThat(formula.err()).contains("Il piano è approvato", "occorre avviare una rimodulazione");
        var seed = cli.write("seed.tsv", it.traguardi.exchange.DemoData.modena2022());
        var reimport = cli.run("import", seed.toString(), "--replace");
        assertThat(reimport.exitCode()).isEqualTo(65);
        assertThat(reimport.err()).contains("Il piano è approvato");
    }

    @Test
    void a_revision_with_its_reason_makes_version_2_which_diff_compares_with_version_1() throws Exception {
        cli.succeeded(with("plan", "approve", "--act-number", "12", "--act-date", "31-01-2022"));
        cli.succeeded(with("plan", "publish"));
        var noReason = run("plan", "revise", "--reason", "  ");
        assertThat(noReason.exitCode()).isEqualTo(65);
        assertThat(noReason.err()).contains("--reason: il motivo della rimodulazione è obbligatorio");
        cli.succeeded(with("plan", "revise", "--reason", "Formula non più disponibile"));
        cli.succeeded(with("formula", "31.D1.2.4", ""));
        var second = cli.succeeded(with("plan", "approve", "--act-number", "85", "--act-date", "14-07-2022"));
        assertThat(second.out()).contains("pubblicato", "Versione 2: atto n. 85 del 14-07-2022",
                "Formula non più disponibile");

        var json = new ObjectMapper().readTree(cli.succeeded(with("diff", "--from", "approved", "--to", "revised",
                "--format", "json")).out());
        assertThat(json.get("changes")).hasSize(1);
        assertThat(json.get("changes").get(0).get("kind").asText()).isEqualTo("formula_changed");
        assertThat(json.get("changes").get(0).get("label").asText()).startsWith("31.D1.2.4 - ");
        assertThat(json.get("changes").get(0).get("fields").get(0).get("to").asText()).isEmpty();
        assertThat(cli.succeeded(with("diff", "--from", "1", "--to", "2")).out()).contains("Formula modificata");
        assertThat(cli.succeeded(with("diff", "--from", "1", "--to", "1")).out().strip())
                .isEqualTo("Nessuna differenza tra 1 e 1.");

        var asApproved = cli.succeeded(with("export", "--format", "json", "--version", "1")).out();
        var asRevised = cli.succeeded(with("export", "--format", "json", "--version", "revised")).out();
        assertThat(asApproved).isNotEqualTo(asRevised);
        assertThat(cli.succeeded(with("score", "--version", "approved")).exitCode()).isZero();
        var missing = run("score", "--version", "3");
        assertThat(missing.exitCode()).isEqualTo(65);
        assertThat(missing.err()).contains("il piano di Modena per il 2022 non ha la versione «3»");
        assertThat(run("diff", "--from", "prima", "--to", "2").err()).contains("«prima» non è una versione");

        cli.succeeded(with("plan", "close"));
        var closed = run("values", "set", "D1.1_10", "2022", "120", "--reason", "tardi");
        assertThat(closed.exitCode()).isEqualTo(65);
        assertThat(closed.err()).contains("Il piano è chiuso: si può solo consultare.");
    }

    private static String[] with(String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(java.util.List.of(PLAN));
        return all.toArray(String[]::new);
    }
}
