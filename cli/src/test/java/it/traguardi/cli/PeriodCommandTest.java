package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** period validate, reopen and list, and values confirm, through the real command line on the demo plan. */
class PeriodCommandTest {

    private static final String[] PLAN = {"--entity", "Modena", "--year", "2022"};

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    private CommandLineRun.Outcome run(String... args) {
        var all = new String[args.length + PLAN.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(PLAN, 0, all, args.length, PLAN.length);
        return cli.run(all);
    }

    @Test
    void a_validated_period_refuses_values_set_and_import_with_exit_65_until_reopened() throws Exception {
        run("values", "set", "D1.1_10", "2022", "1.133", "--reason", "dato di registro");

        var validated = run("period", "validate", "--period", "2022", "--remarks", "Verificato a campione");
        var set = run("values", "set", "D1.1_10", "2022", "1.200", "--reason", "rettifica");
        var file = folder.resolve("valori.csv");
        Files.writeString(file, "code;period;value;reason\nD1.1_10;2022;1.300;rettifica\n");
        var imported = run("values", "import", file.toString());
        var june = run("values", "set", "D1.1_10", "2022-06-30", "500", "--reason", "dato di giugno");

        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.out()).isEqualTo("Periodo 2022 validato per Modena 2022: non accetta più valori né correzioni.\n");
        assertThat(set.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(set.err()).startsWith("Il periodo 2022 è stato validato da sistema (riga di comando: ")
                .contains("non accetta nuovi valori né correzioni");
        assertThat(imported.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(imported.err()).startsWith("Il periodo 2022 è stato validato da sistema");
        // another period of the same plan still takes values
        assertThat(june.exitCode()).as(june.err()).isZero();

        var again = run("period", "validate", "--period", "2022");
        var noReason = run("period", "reopen", "--period", "2022", "--reason", "  ");
        var notValidated = run("period", "reopen", "--period", "2022-06-30", "--reason", "errore");
        var reopened = run("period", "reopen", "--period", "2022", "--reason", "Dato di D1.1_10 da rettificare");
        var after = run("values", "set", "D1.1_10", "2022", "1.200", "--reason", "rettifica");

        assertThat(again.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(again.err()).startsWith("Il periodo 2022 è stato validato da ");
        assertThat(noReason.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(noReason.err()).isEqualTo("--reason: La riapertura di un periodo validato richiede un motivo\n");
        assertThat(notValidated.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(notValidated.err()).isEqualTo(
                "Il periodo 2022-06-30 di Modena 2022 non è validato: non c'è nulla da riaprire.\n");
        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(after.exitCode()).as(after.err()).isZero();
        var list = run("period", "list").out();
        assertThat(list).contains("2022: validato da sistema (riga di comando: ")
                .contains("osservazioni: Verificato a campione. Riaperto da sistema (riga di comando: ")
                .endsWith(": Dato di D1.1_10 da rettificare\n");
    }

    @Test
    void values_confirm_confirms_each_value_once_and_again_after_a_correction() {
        run("values", "set", "D1.1_10", "2022", "1.133", "--reason", "dato di registro");
        run("values", "set", "31.D1.2.4", "2022", "20", "--reason", "dato di registro");

        var first = run("values", "confirm", "--period", "2022");
        var again = run("values", "confirm", "--period", "2022");
        run("values", "set", "D1.1_10", "2022", "1.134", "--reason", "rettifica");
        var one = run("values", "confirm", "--period", "2022", "D1.1_10", "31.D1.2.4");
        var unknown = run("values", "confirm", "--period", "2022", "NON_ESISTE");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("Confermati 2 valori del periodo 2022 per Modena 2022.\n");
        assertThat(again.out()).isEqualTo("Nessun valore da confermare del periodo 2022 per Modena 2022.\n");
        // only the corrected value waits to be confirmed again
        assertThat(one.out()).isEqualTo("Confermato 1 valore del periodo 2022 per Modena 2022.\n");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.DATA);
    }

    @Test
    void a_period_outside_the_plan_year_is_refused_and_help_names_the_commands() {
        var outside = run("period", "validate", "--period", "2021");
        var help = cli.run("period", "--help");

        assertThat(outside.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate", "reopen", "list");
    }
}
