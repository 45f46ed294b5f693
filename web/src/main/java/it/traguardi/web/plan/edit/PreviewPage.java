package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/edit/preview.jte}: what an uploaded alberatura would create, or every
 * problem that stops it. Nothing is stored until the person confirms with {@code token}.
 */
public record PreviewPage(Layout layout, String file, List<FileProblem> problems, String entity, int year,
        List<Count> counts, List<String> warnings, String existing, String token) {

    public PreviewPage {
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** A problem of the file, where it is. */
    public record FileProblem(String file, String line, String field, String message) {
    }

    /** How many nodes of a level the plan would have. */
    public record Count(String label, long count) {
    }
}
