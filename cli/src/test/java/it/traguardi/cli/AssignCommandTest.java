package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assign add, remove and list through the real command line. */
class AssignCommandTest {

    private static final String[] PLAN = {"--entity", "Modena", "--year", "2022"};

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    private CommandLineRun.Outcome assign(String... args) {
        var all = new String[args.length + PLAN.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(PLAN, 0, all, args.length, PLAN.length);
        return cli.run(all);
    }

    @Test
    void an_indicator_a_measure_and_a_unit_are_assigned_listed_and_removed() {
        var indicator = assign("assign", "add", "--user", "rossi", "--indicator", "31.D1.1.2");
        var measure = assign("assign", "add", "--user", "rossi", "--measure", "D1.1_10");
        var unit = assign("assign", "add", "--user", "bianchi", "--owner", "Ufficio Studi");
        var again = assign("assign", "add", "--user", "rossi", "--measure", "D1.1_10");

        assertThat(indicator.exitCode()).as(indicator.err()).isZero();
        assertThat(indicator.out()).isEqualTo(
                "Incarico aggiunto: rossi per indicatore «31.D1.1.2» nel piano di Modena per il 2022.\n");
        assertThat(measure.exitCode()).isZero();
        assertThat(unit.exitCode()).isZero();
        assertThat(again.out()).contains("rossi aveva già l'incarico per misura «D1.1_10»");
        assertThat(assign("assign", "list").out()).isEqualTo("""
                Incarichi nel piano di Modena per il 2022: 3
                  bianchi\tunità organizzativa\tUfficio Studi
                  rossi\tindicatore\t31.D1.1.2
                  rossi\tmisura\tD1.1_10
                """);
        assertThat(assign("assign", "list", "--user", "bianchi").out()).startsWith("Incarichi nel piano di Modena per il 2022: uno\n");

        var removed = assign("assign", "remove", "--user", "rossi", "--measure", "D1.1_10");
        var missing = assign("assign", "remove", "--user", "rossi", "--measure", "D1.1_10");

        assertThat(removed.out()).startsWith("Incarico tolto: rossi per misura «D1.1_10»");
        assertThat(missing.exitCode()).isZero();
        assertThat(missing.out()).contains("rossi non ha l'incarico per misura «D1.1_10»");
        assertThat(assign("assign", "list").out()).startsWith("Incarichi nel piano di Modena per il 2022: 2\n");
    }

    @Test
    void an_unknown_indicator_or_a_login_with_a_control_character_is_refused_on_its_option_with_nothing_stored() {
        var unknown = assign("assign", "add", "--user", "rossi", "--indicator", "99.99");
        var control = assign("assign", "add", "--user", "ros\u001bsi", "--measure", "D1.1_10");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(unknown.err()).isEqualTo(
                "--indicator: nel piano di Modena per il 2022 non c'è un indicatore con codice, percorso o identificativo «99.99»\n");
        assertThat(control.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(control.err()).startsWith("--user: nome utente: carattere non ammesso (U+001B");
        assertThat(assign("assign", "list").out()).isEqualTo("Incarichi nel piano di Modena per il 2022: nessuno\n");
    }

    @Test
    void a_code_two_indicators_share_is_refused_and_their_path_or_id_is_taken_instead() {
        var shared = assign("assign", "add", "--user", "rossi", "--indicator", "42.D4.1.2");
        var byPath = assign("assign", "add", "--user", "rossi", "--indicator", "1/301/301.D1.1/31.D1.1.2");
        var byId = assign("assign", "add", "--user", "rossi", "--indicator", "#7");

        assertThat(shared.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(shared.err()).isEqualTo("--indicator: nel piano di Modena per il 2022 il codice «42.D4.1.2» è di 2"
                + " indicatori: scrivere il percorso (ambito/OS/OO/codice) o l'identificativo (#12)\n");
        assertThat(byPath.out()).isEqualTo("Incarico aggiunto: rossi per indicatore «31.D1.1.2» nel piano di Modena per il 2022.\n");
        // the path and the id name the same node #7: the second adds nothing
        assertThat(byId.out()).startsWith("rossi aveva già l'incarico per indicatore «31.D1.1.2»");
        assertThat(cli.run("audit", "list", "--entity", "Modena", "--year", "2022").out())
                .containsOnlyOnce("Incarico aggiunto");
    }

    @Test
    void two_scopes_or_none_is_a_usage_error() {
        var two = assign("assign", "add", "--user", "rossi", "--measure", "D1.1_10", "--owner", "Ufficio Studi");
        var none = assign("assign", "add", "--user", "rossi");

        assertThat(two.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("--indicator", "--measure", "--owner");
    }
}
