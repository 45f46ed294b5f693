package it.traguardi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi plans}: the stored plans, one a line. */
@Command(name = "plans", mixinStandardHelpOptions = true)
final class PlansCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        var m = cli.messages();
        try (var database = cli.openDatabase()) {
            var plans = Cli.store(database).list();
            if (plans.isEmpty()) {
                cli.out().println(m.get("cli.plans.none"));
                return ExitCode.DONE;
            }
            var format = "%-30s %5s %7s %5s %5s %10s%n";
            cli.out().printf(format, m.get("cli.plans.entity"), m.get("cli.plans.year"), m.get("cli.plans.areas"),
                    "OS", "OO", m.get("cli.plans.indicators"));
            for (var p : plans) {
                cli.out().printf(format, p.entity(), p.year(), p.areas(), p.strategicObjectives(),
                        p.operationalObjectives(), p.indicators());
            }
        }
        return ExitCode.DONE;
    }
}
