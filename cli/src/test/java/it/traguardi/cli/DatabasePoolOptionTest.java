package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The size of the database pool: --db-pool, else TRAGUARDI_DB_POOL, else 8; a size that is no whole
 * number from 1 to 100 is a usage error (64) that names where it came from.
 */
class DatabasePoolOptionTest {

    @TempDir
    Path folder;

    private static Cli parsed(String... args) {
        var cli = new Cli();
        new CommandLine(cli).parseArgs(args);
        return cli;
    }

    @Test
    void the_option_wins_over_the_variable_which_wins_over_the_default() {
        assertThat(parsed("--db-pool", "3", "plans").pool(Map.of("TRAGUARDI_DB_POOL", "16"))).isEqualTo(3);
        assertThat(parsed("plans").pool(Map.of("TRAGUARDI_DB_POOL", " 16 "))).isEqualTo(16);
        assertThat(parsed("plans").pool(Map.of("TRAGUARDI_DB_POOL", ""))).isEqualTo(8);
        assertThat(parsed("plans").pool(Map.of())).isEqualTo(8);
        assertThat(parsed("--db-pool", "100", "plans").pool(Map.of())).isEqualTo(100);
    }

    @Test
    void a_variable_out_of_bounds_or_unreadable_is_refused_naming_it() {
        assertThatThrownBy(() -> parsed("plans").pool(Map.of("TRAGUARDI_DB_POOL", "otto")))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("TRAGUARDI_DB_POOL: «otto» non è un numero di connessioni della banca dati da 1 a 100");
        assertThatThrownBy(() -> parsed("--lang", "en", "plans").pool(Map.of("TRAGUARDI_DB_POOL", "0")))
                .hasMessage("TRAGUARDI_DB_POOL: «0» is not a number of database connections from 1 to 100");
    }

    @Test
    void the_command_line_refuses_a_pool_out_of_bounds_with_exit_64_and_runs_with_one_within() {
        var run = new CommandLineRun(folder);

        var zero = run.run("--db-pool", "0", "plans");
        assertThat(zero.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("--db-pool: «0» non è un numero di connessioni della banca dati da 1 a 100");
        var word = run.run("--db-pool", "otto", "plans");
        assertThat(word.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(word.err()).contains("valore non valido per --db-pool: «otto» (serve un numero intero)");
        var two = run.run("plans", "--db-pool", "2");
        assertThat(two.exitCode()).as(two.err()).isEqualTo(ExitCode.DONE);
        assertThat(two.out()).contains("Nessun piano registrato");
    }
}
