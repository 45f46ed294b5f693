package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.web.EditedSeeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values stay with their indicators when a corrected alberatura is imported again (issue 7): the
 * seed with a value for 301.51, then the seed with an area inserted above area 1, or with 301.51
 * removed, imported with --replace.
 */
class PlanIdentityTest {

    private static final String[] PLAN = {"--entity", "Modena", "--year", "2022"};

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlanAndAValue() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
        var set = cli.run(with("values", "set", "301.51", "2022", "1500"));
        assertThat(set.exitCode()).as(set.err()).isZero();
    }

    private static String[] with(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of(PLAN));
        return all.toArray(String[]::new);
    }

    /** The seed with a new area (an OS with one indicator, 901.51) above area 1, the first row after the headers. */
    private Path seedWithAreaOnTop() throws Exception {
        return cli.write("alberatura-corretta.tsv", EditedSeeds.withAreaOnTop());
    }

    private Path seedWithout301_51() throws Exception {
        return cli.write("alberatura-senza-301.51.tsv", EditedSeeds.without301_51());
    }

    @Test
    void a_value_stays_with_its_indicator_when_an_area_is_inserted_above_it() throws Exception {
        var outcome = cli.run("import", "--replace", seedWithAreaOnTop().toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        // the seed's 127 nodes are all recognised by code and title; the area, its OS and indicator are new
        assertThat(outcome.out()).contains("127 nodi invariati, nessuno spostato, nessuno rinominato, nessuno incerto, 3 nuovi,"
                + " nessuno eliminato")
                .contains("nuovo: 901.51 - Indicatore nuovo")
                .contains("Nessun valore o commento resta senza il suo nodo.");
        var scores = cli.scores("Modena", 2022);
        assertThat(CommandLineRun.find(scores, "301.51").get("actual").asText()).isEqualTo("1.500 N.");
        assertThat(CommandLineRun.find(scores, "901.51").get("actual").asText()).isEqualTo("N/D");
    }

    @Test
    void a_dry_run_shows_the_matching_and_stores_nothing() throws Exception {
        var before = cli.run("plans").out();

        var outcome = cli.run("import", "--replace", "--dry-run", seedWithout301_51().toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("126 nodi invariati, nessuno spostato, nessuno rinominato, nessuno incerto,"
                + " nessuno nuovo, 1 eliminato")
                .contains("eliminato: 301.51 - Partecipanti ai programmi di internazionalizzazione")
                .contains("(1 valore, nessun commento)")
                .contains("Prova: non è stato registrato nulla.");
        assertThat(cli.run("plans").out()).isEqualTo(before);
        assertThat(CommandLineRun.find(cli.scores("Modena", 2022), "301.51").get("actual").asText()).isEqualTo("1.500 N.");
    }

    @Test
    void a_dry_run_without_replace_over_a_stored_plan_is_refused_as_the_import_would_be() throws Exception {
        var outcome = cli.run("import", "--dry-run", seedWithout301_51().toString());

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains("esiste già un piano per Modena 2022");
    }

    @Test
    void the_values_of_an_indicator_no_longer_in_the_plan_stay_readable_and_move_nowhere() throws Exception {
        var outcome = cli.run("import", "--replace", seedWithout301_51().toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("1 valore e nessun commento di 1 nodo non più nel piano: tutto resta consultabile");
        var detached = cli.run(with("values", "detached"));
        assertThat(detached.exitCode()).as(detached.err()).isZero();
        assertThat(detached.out()).contains("301.51 - Partecipanti ai programmi di internazionalizzazione")
                .contains("(non più nel piano): 1 valore, nessun commento")
                .contains("2022 = 1.500");
        // no indicator of the plan shows the value
        assertThat(cli.run(with("score")).out()).doesNotContain("1.500 N.");
    }

    @Test
    void detached_values_of_a_plan_that_has_none_says_so() {
        var detached = cli.run(with("values", "detached"));

        assertThat(detached.exitCode()).isZero();
        assertThat(detached.out().strip())
                .isEqualTo("Nessun valore o commento di nodi non più presenti nel piano Modena 2022.");
    }
}
