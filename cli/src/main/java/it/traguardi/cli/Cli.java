package it.traguardi.cli;

import it.traguardi.core.i18n.Messages;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import java.io.PrintWriter;
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

    /** Opens the configured database (--db, else TRAGUARDI_DB, else the embedded H2 under ./data/). */
    Database openDatabase() {
        return Database.openConfigured(db);
    }

    static PlanStore store(Database database) {
        return new PlanStore(database.dataSource());
    }
}
