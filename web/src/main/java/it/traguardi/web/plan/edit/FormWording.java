package it.traguardi.web.plan.edit;

import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.ImportProblem;
import java.util.Map;

/**
 * Le parole del modulo: the reader's problems that tell how to mend a file with the command line's
 * options (--entity, --year) told instead with what the upload form offers (its «Ente» field; the
 * year comes only from the file's title). Only the wording changes: the problem, its place and the
 * refusal stay the reader's.
 */
final class FormWording {

    private static final Map<String, String> KEYS = Map.of(
            "import.title.missing", "web.edit.upload.title.missing",
            "import.title.no_year", "web.edit.upload.title.no_year",
            "import.title.no_entity", "web.edit.upload.title.no_entity");

    private FormWording() {
    }

    /** The problem as the upload form tells it. */
    static ImportProblem of(ImportProblem problem) {
        var key = KEYS.get(problem.message().key());
        return key == null ? problem : new ImportProblem(problem.file(), problem.line(), problem.field(),
                new Message(key, problem.message().args()));
    }
}
