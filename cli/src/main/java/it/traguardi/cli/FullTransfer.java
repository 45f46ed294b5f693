package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.transfer.FullPlan;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.transfer.TransferException;
import it.traguardi.exchange.json.FullPlanJson;
import it.traguardi.exchange.json.FullPlanReader;
import it.traguardi.store.Stores;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The full export of a plan ({@code export --format full}) and its import ({@code import FILE}
 * when the file is one): the commands' side of docs/full-export.md.
 */
final class FullTransfer {

    private FullTransfer() {
    }

    /** The document of the stored plan, or the one line saying it is missing (exit 65). */
    static String export(Cli cli, PlanOptions options) {
        try (var database = cli.openDatabase()) {
            var plan = Stores.on(database.dataSource()).fullPlans().read(options.entity, options.year)
                    .orElseThrow(() -> DataProblem.of(cli, Message.of("cli.plan.missing", options.entity, options.year)));
            return FullPlanJson.write(plan, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** Reads, checks and stores the file's plan, all or nothing; each problem one line with its JSON path. */
    static void importFile(Cli cli, String file, byte[] bytes, boolean replace, boolean dryRun) {
        try (var database = cli.openDatabase()) {
            var plan = FullPlanReader.read(bytes);
            var outcome = Stores.on(database.dataSource()).fullPlans().write(plan, replace, dryRun, CommandLineAuthor.current());
            var done = dryRun ? (outcome.replaced() ? "cli.full.would-replace" : "cli.full.would-import")
                    : outcome.replaced() ? "cli.full.replaced" : "cli.full.imported";
            cli.out().println(cli.messages().get(done, plan.entity(), plan.year(), count(plan, FullSection.NODES),
                    count(plan, FullSection.VALUES), count(plan, FullSection.COMMENTS), count(plan, FullSection.VERSIONS)));
        } catch (TransferException e) {
            throw new DataProblem(e.problems().stream()
                    .map(p -> file + ", " + p.path() + ": " + cli.messages().render(p.message())).toList());
        }
    }

    private static int count(FullPlan plan, FullSection section) {
        return plan.rows(section).size();
    }
}
