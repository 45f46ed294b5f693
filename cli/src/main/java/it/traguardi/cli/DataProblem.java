package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.alberatura.AlberaturaUnfitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Input data that cannot be used; the commands throw it and Main prints it and exits with 65. */
final class DataProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    DataProblem(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    static DataProblem of(Cli cli, Message message) {
        return new DataProblem(List.of(cli.messages().render(message)));
    }

    /** Every problem a reader found in a file, one line each, in the user's language. */
    static DataProblem of(Cli cli, ImportException e) {
        var m = cli.messages();
        return new DataProblem(ImportProblem.renderGrouped(e.problems(), m));
    }

    /** A plan the alberatura (TSV or plan template) cannot hold whole: each reason, and what keeps all of it. */
    static DataProblem of(Cli cli, Plan plan, AlberaturaUnfitException e) {
        return of(cli, Message.of("cli.export.unfit", plan.entity(), plan.year(), e.reasons(cli.messages())));
    }

    /** The bytes of a file the user named; refused with its name when it cannot be read. */
    static byte[] bytesOf(Cli cli, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw of(cli, Message.of("cli.file.unreadable", file.toString()));
        }
    }

    List<String> lines() {
        return lines;
    }
}
