package it.traguardi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi values}: recording actual values of measures and indicators. */
@Command(name = "values", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {ValuesImportCommand.class, ValuesSetCommand.class, ValuesDetachedCommand.class,
            ValuesConfirmCommand.class})
final class ValuesCommand {

    @ParentCommand
    Cli cli;
}
