package it.traguardi.cli;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.AssignmentText;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.AssignmentStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi assign add|remove|list}: the assignments (incarichi) of a plan year, who enters
 * values for which indicator, measure or organisational unit. Read by {@link AssignmentText}, as
 * the API reads them.
 */
@Command(name = "assign", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {AssignCommand.Add.class, AssignCommand.Remove.class, AssignCommand.ListAll.class})
final class AssignCommand {

    @ParentCommand
    Cli cli;

    /** Exactly one of the three scopes. */
    static final class Scope {
        @Option(names = "--indicator", required = true, paramLabel = "CODICE", descriptionKey = "assign.indicator")
        String indicator;

        @Option(names = "--measure", required = true, paramLabel = "CODICE", descriptionKey = "assign.measure")
        String measure;

        @Option(names = "--owner", required = true, paramLabel = "UNITA", descriptionKey = "assign.owner")
        String owner;
    }

    /** The options of add and remove: the plan, the person, the scope. */
    abstract static class Change implements Callable<Integer> {

        @ParentCommand
        AssignCommand parent;

        @Mixin
        PlanOptions options;

        @Option(names = "--user", required = true, paramLabel = "LOGIN", descriptionKey = "assign.user")
        String user;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope scope;

        @Override
        public Integer call() {
            var cli = parent.cli;
            try (var database = cli.openDatabase()) {
                var plan = StoredPlans.load(cli, Cli.store(database), options);
                var assignment = read(cli, plan);
                var store = new AssignmentStore(database.dataSource());
                var done = apply(store, assignment);
                cli.out().println(cli.messages().get(done ? doneKey() : unchangedKey(), assignment.login(),
                        Message.of(kindKey(assignment.scope())), AssignmentText.describe(plan, assignment.scope()),
                        plan.entity(), Integer.toString(plan.year())));
            }
            return ExitCode.DONE;
        }

        abstract boolean apply(AssignmentStore store, Assignment assignment);

        abstract String doneKey();

        abstract String unchangedKey();

        private Assignment read(Cli cli, Plan plan) {
            return switch (AssignmentText.read(plan, user, text(scope.indicator), text(scope.measure), text(scope.owner))) {
                case AssignmentText.Reading.Accepted a -> a.assignment();
                case AssignmentText.Reading.Refused r -> throw DataProblem.of(cli, Message.of("cli.assign.refused",
                        option(r.field()), r.problem()));
            };
        }

        private static String text(String given) {
            return given == null ? "" : given;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Add extends Change {
        @Override
        boolean apply(AssignmentStore store, Assignment assignment) {
            return store.add(assignment, CommandLineAuthor.current());
        }

        @Override
        String doneKey() {
            return "cli.assign.added";
        }

        @Override
        String unchangedKey() {
            return "cli.assign.existed";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Remove extends Change {
        @Override
        boolean apply(AssignmentStore store, Assignment assignment) {
            return store.remove(assignment, CommandLineAuthor.current());
        }

        @Override
        String doneKey() {
            return "cli.assign.removed";
        }

        @Override
        String unchangedKey() {
            return "cli.assign.missing";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ListAll implements Callable<Integer> {

        @ParentCommand
        AssignCommand parent;

        @Mixin
        PlanOptions options;

        @Option(names = "--user", paramLabel = "LOGIN", descriptionKey = "assign.list.user")
        String user;

        @Override
        public Integer call() {
            var cli = parent.cli;
            try (var database = cli.openDatabase()) {
                var plan = StoredPlans.load(cli, Cli.store(database), options);
                var all = new AssignmentStore(database.dataSource()).list(plan.entity(), plan.year()).stream()
                        .filter(a -> user == null || a.login().equals(user.strip())).toList();
                var m = cli.messages();
                cli.out().println(m.get("cli.assign.title", plan.entity(), Integer.toString(plan.year()), all.size()));
                all.forEach(a -> cli.out().println("  " + a.login() + "\t" + m.render(Message.of(kindKey(a.scope())))
                        + "\t" + AssignmentText.describe(plan, a.scope())));
            }
            return ExitCode.DONE;
        }
    }

    static String kindKey(Assignment.Scope scope) {
        return switch (scope) {
            case Assignment.Scope.OfIndicator i -> "cli.assign.kind.indicator";
            case Assignment.Scope.OfMeasure m -> "cli.assign.kind.measure";
            case Assignment.Scope.OfOwner o -> "cli.assign.kind.owner";
        };
    }

    private static String option(AssignmentText.Field field) {
        return switch (field) {
            case USER -> "--user";
            case INDICATOR -> "--indicator";
            case MEASURE -> "--measure";
            case OWNER -> "--owner";
        };
    }
}
