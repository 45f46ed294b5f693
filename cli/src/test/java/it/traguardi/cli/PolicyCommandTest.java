package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy show and set through the real command line. */
class PolicyCommandTest {

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    @Test
    void a_plan_never_set_shows_the_defaults() {
        var outcome = cli.run("policy", "show", "--entity", "Modena", "--year", "2022");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Limite al 100%: sì", "Soglia minima: nessuna",
                "Fasce di punteggio: nessuna", "Semaforo: raggiunto da 90%, parzialmente da 70%");
    }

    @Test
    void set_changes_only_the_options_given_and_is_kept() {
        var set = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--floor", "60", "--bands",
                "0,70,90,100", "--missing", "zero");

        assertThat(set.exitCode()).as(set.err()).isZero();
        var shown = cli.run("policy", "show", "--entity", "Modena", "--year", "2022").out();
        assertThat(shown).contains("Limite al 100%: sì", "Soglia minima: 60%", "Fasce di punteggio: 0 / 70 / 90 / 100",
                "Indicatori N/D: contano 0%");
    }

    @Test
    void the_provisional_threshold_is_a_plan_setting_shown_and_used_by_the_score_table() throws Exception {
        var csv = cli.write("valori.csv", "code;period;value;reason\n301.51;2022;750;bandi in ritardo\n");
        cli.run("values", "import", csv.toString(), "--entity", "Modena", "--year", "2022");
        var byDefault = cli.run("score", "--entity", "Modena", "--year", "2022");
        var set = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--provisional", "5");
        var lowered = cli.run("score", "--entity", "Modena", "--year", "2022");

        // 301.51 carries 5,28% of the plan's weight: provisional under 50, not under 5
        assertThat(byDefault.out()).contains("Copertura: 1 indicatore misurato su 88, 5,28% del peso "
                + "(punteggio provvisorio: poggia su meno della soglia del piano)")
                .contains("Modena | 100% |  |  | 75,00% | parzialmente raggiunto (provvisorio)");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("Punteggio provvisorio: sotto il 5% del peso misurato");
        assertThat(lowered.out()).contains("Copertura: 1 indicatore misurato su 88, 5,28% del peso\n")
                .contains("Modena | 100% |  |  | 75,00% | parzialmente raggiunto\n");
    }

    @Test
    void the_provisional_threshold_is_refused_out_of_range_or_for_one_indicator() {
        var tooHigh = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--provisional", "120");
        var forOne = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--provisional", "30",
                "--indicator", "301.51");

        assertThat(tooHigh.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(tooHigh.err()).contains("--provisional", "percentuale del peso da 0 a 100");
        assertThat(forOne.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(forOne.err()).contains("--provisional vale per il piano intero");
        assertThat(cli.run("policy", "show", "--entity", "Modena", "--year", "2022").out())
                .contains("Punteggio provvisorio: sotto il 50% del peso misurato").contains("Deroghe per indicatore: nessuna");
    }

    @Test
    void a_number_the_database_could_not_hold_is_refused_with_its_option_and_nothing_changes() {
        var floor = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--floor", "1e6");
        var lights = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--lights", "1e7,70");
        var provisional = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--provisional", "99.999");

        assertThat(floor.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(floor.err()).contains("--floor", "al massimo 5 cifre prima della virgola e 2 decimali");
        assertThat(lights.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(provisional.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(cli.run("policy", "show", "--entity", "Modena", "--year", "2022").out())
                .contains("Soglia minima: nessuna", "Semaforo: raggiunto da 90%, parzialmente da 70%",
                        "Punteggio provvisorio: sotto il 50% del peso misurato");
    }

    @Test
    void a_floor_changes_the_score() throws Exception {
        var csv = cli.write("valori.csv", "code;period;value;reason\n31.D1.2.4;2022;12,00;nuovo portale\n");
        cli.succeeded("values", "import", csv.toString(), "--entity", "Modena", "--year", "2022");
        cli.succeeded("policy", "set", "--entity", "Modena", "--year", "2022", "--floor", "85");

        var outcome = cli.succeeded("score", "--entity", "Modena", "--year", "2022");

        assertThat(outcome.out()).contains("| 12,00% | 0,00% | non raggiunto");
    }

    @Test
    void a_bad_option_value_is_refused_and_nothing_changes() {
        var outcome = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--bands", "90,70",
                "--cap", "false");

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains("--bands");
        assertThat(cli.run("policy", "show", "--entity", "Modena", "--year", "2022").out())
                .contains("Limite al 100%: sì");
    }

    @Test
    void a_bad_option_value_says_where_and_why_in_the_language_asked() {
        var italian = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--lights", "70,90");
        var english = cli.run("--lang", "en", "policy", "set", "--entity", "Modena", "--year", "2022", "--late",
                "week:dieci");

        assertThat(italian.exitCode()).isEqualTo(ExitCode.DATA);
        // column 4 is where «90» starts in «70,90»
        assertThat(italian.err()).contains("valore non valido per --lights: «70,90» (colonna 4: la soglia parziale «90» "
                + "deve essere tra 0 e la soglia di raggiunto)");
        assertThat(english.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(english.err()).contains("invalid value for --late: \"week:dieci\" (column 6: «dieci» is not a number");
    }

    @Test
    void late_credit_for_one_indicator_is_an_override_shown_and_used_in_the_score() throws Exception {
        var csv = cli.write("valori.csv", "code;period;value;reason\n71.B1.1_1;2022;15-01-2023;ruolo emesso in ritardo\n");
        cli.succeeded("values", "import", csv.toString(), "--entity", "Modena", "--year", "2022");
        assertThat(cli.succeeded("score", "--entity", "Modena", "--year", "2022").out())
                .contains("| Entro 31-12-2022 | 15-01-2023 | 0,00% | non raggiunto");

        cli.succeeded("policy", "set", "--entity", "Modena", "--year", "2022", "--indicator", "71.B1.1_1",
                "--late", "fixed:50");

        assertThat(cli.succeeded("policy", "show", "--entity", "Modena", "--year", "2022").out())
                .contains("Deroghe per indicatore: 1", "71.B1.1_1 - Emissione Ruolo Diritto Annuale",
                        "      Credito per ritardo: 50%");
        assertThat(cli.succeeded("score", "--entity", "Modena", "--year", "2022").out())
                .contains("| Entro 31-12-2022 | 15-01-2023 | 50,00% | non raggiunto");

        cli.succeeded("policy", "set", "--entity", "Modena", "--year", "2022", "--indicator", "71.B1.1_1", "--clear");
        assertThat(cli.succeeded("policy", "show", "--entity", "Modena", "--year", "2022").out())
                .contains("Deroghe per indicatore: nessuna");
    }

    @Test
    void late_credit_per_week_is_a_plan_setting() {
        var set = cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--late", "week:10");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(cli.run("policy", "show", "--entity", "Modena", "--year", "2022").out())
                .contains("  Credito per ritardo: -10/sett.");
        assertThat(cli.run("policy", "set", "--entity", "Modena", "--year", "2022", "--late", "month:3").exitCode())
                .isEqualTo(ExitCode.DATA);
    }
}
