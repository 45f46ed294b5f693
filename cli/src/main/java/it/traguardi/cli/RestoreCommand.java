package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.backup.BackupRefusedException;
import it.traguardi.store.backup.DatabaseRestore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi restore FILE}: a backup written back into an empty database (the one of
 * {@code --db}), all of it or nothing, then its audit trail verified. A file that is missing
 * (exit 66), not a backup, damaged or of another version, or a database that is not empty, is
 * refused in one line (exit 65) and nothing is written. docs/backup.md.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Override
    public Integer call() {
        var m = cli.messages();
        var name = file.toString();
        try (var in = Files.newInputStream(file); var database = cli.openDatabase()) {
            var summary = DatabaseRestore.restore(database, in, name);
            cli.out().println(m.get("cli.restore.done", name, summary.tables(), summary.rows()));
            switch (new AuditTrail(database.dataSource()).verify()) {
                case ChainCheck.Intact intact -> cli.out().println(m.get("cli.audit.intact", intact.entries()));
                case ChainCheck.Broken broken -> throw new DataProblem(List.of(
                        m.get("cli.audit.broken", broken.sequence(), m.render(broken.problem()))));
            }
        } catch (NoSuchFileException e) {
            cli.err().println(m.get("cli.file.missing", name));
            return ExitCode.NO_INPUT;
        } catch (IOException e) {
            throw DataProblem.of(cli, Message.of("cli.file.unreadable", name));
        } catch (BackupRefusedException e) {
            throw DataProblem.of(cli, e.reason());
        }
        return ExitCode.DONE;
    }
}
