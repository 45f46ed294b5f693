package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.store.backup.BackupSummary;
import it.traguardi.store.backup.DatabaseBackup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi backup --output FILE}: a consistent copy of the whole database (H2 or
 * PostgreSQL) taken while the server may be running ({@link DatabaseBackup}); the file is written
 * whole or not at all (a temporary file beside it, then moved). docs/backup.md.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "backup.output")
    Path output;

    @Override
    public Integer call() {
        var target = output.toAbsolutePath();
        Path temporary = null;
        try (var database = cli.openDatabase()) {
            temporary = Files.createTempFile(target.getParent(), ".traguardi-backup", ".part");
            BackupSummary summary;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                summary = DatabaseBackup.write(database, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cli.out().println(cli.messages().get("cli.backup.done", output.toString(), summary.tables(),
                    summary.rows(), summary.auditEntries()));
        } catch (IOException e) {
            throw DataProblem.of(cli, Message.of("cli.file.unwritable", output.toString()));
        } finally {
            deleteQuietly(temporary);
        }
        return ExitCode.DONE;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary file is gone once moved; a failure to delete it is not the user's concern
        }
    }
}
