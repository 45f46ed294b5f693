package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi period}: the validation of a plan's periods by the valutatore (validate,
 * reopen, list). A validated period refuses every new value and correction until reopened.
 */
@Command(name = "period", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {PeriodValidateCommand.class, PeriodReopenCommand.class, PeriodListCommand.class})
final class PeriodCommand {

    @ParentCommand
    Cli cli;

    /** The period the user wrote, within the plan's year; refused with exit 65 otherwise. */
    static Period period(Cli cli, Plan plan, String written) {
        try {
            return Period.parseIn(written, plan.year());
        } catch (InvalidValueException e) {
            throw DataProblem.of(cli, e.problem());
        }
    }

    /** A text the user wrote that a rule refuses, with the option it came from. */
    static DataProblem refused(Cli cli, String option, Message problem) {
        var m = cli.messages();
        return new DataProblem(java.util.List.of(m.get("cli.period.invalid", option, m.render(problem))));
    }
}
