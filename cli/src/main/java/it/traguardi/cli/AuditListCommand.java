package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.CsvTable;
import it.traguardi.store.AuditEntry;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditTrail;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi audit list}: the entries of the audit trail, oldest first, all of them or those
 * of a plan, a node, an author and days; as lines for people or as the CSV the web page exports.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class AuditListCommand implements Callable<Integer> {

    /** The format of the listing. */
    enum AuditFormat { table, csv }

    @ParentCommand
    AuditCommand parent;

    @Option(names = "--entity", paramLabel = "NOME", descriptionKey = "audit.entity")
    String entity;

    @Option(names = "--year", paramLabel = "AAAA", descriptionKey = "audit.year")
    Integer year;

    @Option(names = "--node", paramLabel = "ID", descriptionKey = "audit.node")
    Integer node;

    @Option(names = "--user", paramLabel = "UTENTE", descriptionKey = "audit.user")
    String user;

    @Option(names = "--from", paramLabel = "DATA", descriptionKey = "audit.from")
    String from;

    @Option(names = "--to", paramLabel = "DATA", descriptionKey = "audit.to")
    String to;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table", descriptionKey = "audit.format")
    AuditFormat format;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var m = cli.messages();
        var filter = filter(cli);
        try (var database = cli.openDatabase()) {
            var entries = new AuditTrail(database.dataSource()).list(filter, 0, Integer.MAX_VALUE, false);
            switch (format) {
                case csv -> cli.out().print(CsvTable.write(AuditEntry.header(m),
                        entries.stream().map(e -> e.cells(m)).toList()));
                case table -> {
                    entries.forEach(e -> cli.out().println(line(cli, e)));
                    cli.out().println(m.get("cli.audit.count", entries.size()));
                }
            }
        }
        return ExitCode.DONE;
    }

    private AuditFilter filter(Cli cli) {
        if (year != null && entity == null || node != null && year == null) {
            throw new DataProblem(java.util.List.of(cli.messages().get("cli.audit.scope")));
        }
        var filter = AuditFilter.EVERYTHING.withActor(user).withDays(day(cli, "--from", from), day(cli, "--to", to));
        if (entity != null) {
            filter = year == null ? filter.withEntity(entity) : filter.withPlan(entity, year);
        }
        if (node != null) {
            if (node < 1) {
                throw DataProblem.of(cli, Message.of("cli.audit.node", node));
            }
            filter = filter.withNode(new NodeId(node));
        }
        return filter;
    }

    /** A day written {@code 2026-12-05} or as the notations write dates ({@code 05/12/2026}); null when not given. */
    private static LocalDate day(Cli cli, String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return ItalianFormat.parseDate(text);
            } catch (InvalidValueException invalid) {
                throw DataProblem.of(cli, Message.of("cli.audit.day", option, text));
            }
        }
    }

    private static String line(Cli cli, AuditEntry entry) {
        var m = cli.messages();
        var cells = entry.cells(m);
        var place = String.join(" ", cells.subList(4, 7)).strip();
        // an entry about no entity (accounts, a refused request about the archive) is the installation's
        var where = place.isEmpty() ? m.get("cli.audit.installation") : place;
        return m.get("cli.audit.line", cells.get(0), cells.get(1), cells.get(2), cells.get(3), where, cells.get(7),
                cells.get(8), cells.get(9).isEmpty() ? "-" : cells.get(9), cells.get(10).isEmpty() ? "-" : cells.get(10),
                cells.get(11).isEmpty() ? "" : m.get("cli.audit.reason", cells.get(11)));
    }
}
