package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.lifecycle.ApprovedVersion;
import it.traguardi.core.lifecycle.Lifecycle;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.PlanStatus;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The subcommands of {@code traguardi plan}: {@code state} prints where the plan is in its cycle
 * and its approved versions; {@code approve}, {@code publish}, {@code close} and {@code revise}
 * change it, by the operating-system user, with their audit entry. A transition the state does not
 * allow, a missing act number or reason, a bad date: exit 65 and nothing changes.
 */
final class PlanLifecycleCommands {

    private PlanLifecycleCommands() {
    }

    @Command(name = "state", mixinStandardHelpOptions = true, sortOptions = false)
    static final class State implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Mixin
        PlanOptions options;

        @Override
        public Integer call() {
            var cli = parent.cli;
            try (var database = cli.openDatabase()) {
                print(cli, status(cli, Cli.store(database).lifecycle().status(options.entity, options.year), options));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Approve implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Mixin
        PlanOptions options;

        @Option(names = "--act-number", paramLabel = "NUMERO", descriptionKey = "plan.act-number")
        String actNumber;

        @Option(names = "--act-date", paramLabel = "GG-MM-AAAA", descriptionKey = "plan.act-date")
        String actDate;

        @Override
        public Integer call() {
            return change(parent.cli, options, () -> Transition.approve(actNumber, actDate));
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Publish implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Mixin
        PlanOptions options;

        @Override
        public Integer call() {
            return change(parent.cli, options, Transition.Publish::new);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Close implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Mixin
        PlanOptions options;

        @Override
        public Integer call() {
            return change(parent.cli, options, Transition.Close::new);
        }
    }

    @Command(name = "revise", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Revise implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Mixin
        PlanOptions options;

        @Option(names = "--reason", paramLabel = "MOTIVO", descriptionKey = "plan.reason")
        String reason;

        @Override
        public Integer call() {
            return change(parent.cli, options, () -> Transition.revise(reason));
        }
    }

    /** Applies the transition over the plan as read just before, and prints the state after it. */
    private static int change(Cli cli, PlanOptions options, Supplier<Transition> transition) {
        var wanted = transition.get();
        try (var database = cli.openDatabase()) {
            var lifecycle = Cli.store(database).lifecycle();
            var before = status(cli, lifecycle.status(options.entity, options.year), options);
            var after = status(cli, lifecycle.change(options.entity, options.year, wanted, before.version(),
                    CommandLineAuthor.current()), options);
            print(cli, after);
        }
        return ExitCode.DONE;
    }

    private static PlanStatus status(Cli cli, java.util.Optional<PlanStatus> status, PlanOptions options) {
        return status.orElseThrow(() -> DataProblem.of(cli, Message.of("cli.plan.missing", options.entity, options.year)));
    }

    private static void print(Cli cli, PlanStatus status) {
        var m = cli.messages();
        var out = cli.out();
        out.println(m.get("cli.plan.state", status.entity(), Integer.toString(status.year()),
                m.get(status.lifecycle().state().key())));
        if (status.lifecycle().revision() instanceof Lifecycle.Revision.InProgress r) {
            out.println(m.get("cli.plan.revising", r.reason()));
        }
        if (status.approved().isEmpty()) {
            out.println(m.get("web.lifecycle.versions.none"));
        }
        for (ApprovedVersion v : status.approved()) {
            out.println(m.get("cli.plan.version", v.number(), v.act().number(), ItalianFormat.formatDate(v.act().date()),
                    ShownFormat.moment(v.approvedAt()), v.approvedBy())
                    + (v.reason().isEmpty() ? "" : " — " + v.reason()));
        }
        out.flush();
    }
}
