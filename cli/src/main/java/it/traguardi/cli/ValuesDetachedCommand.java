package it.traguardi.cli;

import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.DetachedRecords;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi values detached}: the values and comments of indicators and objectives that the
 * plan no longer has (deleted, or not recognised when a corrected file was imported again).
 */
@Command(name = "detached", mixinStandardHelpOptions = true, sortOptions = false)
final class ValuesDetachedCommand implements Callable<Integer> {


    @ParentCommand
    ValuesCommand parent;

    @Mixin
    PlanOptions options;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var m = cli.messages();
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var nodes = new DetachedRecords(database.dataSource()).of(plan.entity(), plan.year());
            if (nodes.isEmpty()) {
                cli.out().println(m.get("cli.detached.none", plan.entity(), plan.year()));
            }
            for (var node : nodes) {
                cli.out().println(m.get("cli.detached.node", node.id().value(), node.label(),
                        m.get("replace.records", node.values().size(), node.comments().size())));
                for (var value : node.values()) {
                    cli.out().println(m.get("cli.detached.value", value.period().format(),
                            ShownFormat.of(value.value()), ShownFormat.moment(value.recordedAt()),
                            value.recordedBy(), value.reason().isEmpty() ? "" : ": " + value.reason()));
                }
                for (var comment : node.comments()) {
                    cli.out().println(m.get("cli.detached.comment", ShownFormat.moment(comment.createdAt()),
                            comment.author(), comment.text()));
                }
            }
        });
        return ExitCode.DONE;
    }
}
