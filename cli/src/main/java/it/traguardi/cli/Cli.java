package it.traguardi.cli;

import it.traguardi.core.i18n.Messages;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options and what every subcommand shares (output, messages, database). */
@Command(name = "traguardi", mixinStandardHelpOptions = true, version = "Traguardi 0.1.0",
        resourceBundle = "it.traguardi.cli.help", sortOptions = false,
        subcommands = {ImportCommand.class, ExportCommand.class, PlansCommand.class, CheckCommand.class,
            ServeCommand.class, ValuesCommand.class, PolicyCommand.class, ScoreCommand.class,
            FormulaCommand.class, MeasuresCommand.class, AssignCommand.class, UserCommand.class, AuditCommand.class,
            PeriodCommand.class, PlanCommand.class, DiffCommand.class, ReportCommand.class, TemplateCommand.class,
            BackupCommand.class, RestoreCommand.class})
final class Cli {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT, descriptionKey = "db")
    String db;

    @Option(names = "--db-pool", paramLabel = "N", scope = ScopeType.INHERIT, descriptionKey = "db-pool")
    Integer dbPool;

    @Option(names = "--lang", paramLabel = "it|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    String lang;

    Messages messages() {
        return Messages.forLanguage(lang);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Opens the configured database (--db, else TRAGUARDI_DB, else the embedded H2 under ./data/) with
     * a pool of --db-pool connections, else TRAGUARDI_DB_POOL, else 8.
     */
    Database openDatabase() {
        return Database.openConfigured(db, pool(System.getenv()));
    }

    /** The pool's size from the option, else the variable, else the default; a usage error (64) out of bounds. */
    int pool(Map<String, String> environment) {
        var variable = environment.get(Database.POOL_VARIABLE);
        if (dbPool == null && (variable == null || variable.isBlank())) {
            return Database.DEFAULT_POOL;
        }
        var name = dbPool != null ? "--db-pool" : Database.POOL_VARIABLE;
        var text = dbPool != null ? dbPool.toString() : variable.strip();
        try {
            var pool = Integer.parseInt(text);
            if (pool >= Database.MIN_POOL && pool <= Database.MAX_POOL) {
                return pool;
            }
        } catch (NumberFormatException e) {
            // refused below, as a size out of bounds is
        }
        throw new CommandLine.ParameterException(spec.commandLine(), messages().get("cli.db-pool.invalid", name, text,
                Database.MIN_POOL, Database.MAX_POOL));
    }

    static PlanStore store(Database database) {
        return new PlanStore(database.dataSource());
    }
}
