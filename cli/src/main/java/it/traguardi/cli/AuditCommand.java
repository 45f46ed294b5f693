package it.traguardi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi audit}: the audit trail (registro delle modifiche), verified or listed. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
final class AuditCommand {

    @ParentCommand
    Cli cli;
}
