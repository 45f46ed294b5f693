package it.traguardi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi plan}: the lifecycle of a stored plan (ciclo di vita): its state, approving it
 * with its act, publishing, closing, and beginning a revision with its reason.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {PlanLifecycleCommands.State.class, PlanLifecycleCommands.Approve.class,
            PlanLifecycleCommands.Publish.class, PlanLifecycleCommands.Close.class, PlanLifecycleCommands.Revise.class})
final class PlanCommand {

    @ParentCommand
    Cli cli;
}
