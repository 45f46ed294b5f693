package it.traguardi.web;

import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.ImportProblem;

/**
 * Le parole del caricamento: the reader's problems that tell how to mend a file with the command
 * line's options (--entity, --year) told instead with what the web offers: the upload form's
 * «Ente» field (the year comes only from the file's title), or the API's {@code entity} and
 * {@code year} parameters. Only the wording changes: the problem, its place and the refusal stay
 * the reader's.
 */
public final class UploadWording {

    private UploadWording() {
    }

    /** The problem as the upload form tells it. */
    public static ImportProblem form(ImportProblem problem) {
        return worded(problem, "web.edit.upload.");
    }

    /** The problem as the API tells it. */
    public static ImportProblem api(ImportProblem problem) {
        return worded(problem, "web.api.upload.");
    }

    private static ImportProblem worded(ImportProblem problem, String prefix) {
        var key = problem.message().key();
        return switch (key) {
            case "import.title.missing", "import.title.no_year", "import.title.no_entity" -> new ImportProblem(
                    problem.file(), problem.line(), problem.field(),
                    new Message(prefix + key.substring("import.".length()), problem.message().args()));
            default -> problem;
        };
    }
}
