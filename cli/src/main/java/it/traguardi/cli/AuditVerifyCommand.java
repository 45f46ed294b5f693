package it.traguardi.cli;

import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi audit verify}: proves the audit trail's hash chain intact (exit 0, with how many
 * entries it holds) or names the first entry that was changed or removed (exit 65).
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false)
final class AuditVerifyCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand parent;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var m = cli.messages();
        try (var database = cli.openDatabase()) {
            switch (new AuditTrail(database.dataSource()).verify()) {
                case ChainCheck.Intact intact -> cli.out().println(m.get("cli.audit.intact", intact.entries()));
                case ChainCheck.Broken broken -> throw new DataProblem(List.of(
                        m.get("cli.audit.broken", broken.sequence(), m.render(broken.problem()))));
            }
        }
        return ExitCode.DONE;
    }
}
