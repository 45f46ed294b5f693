package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/edit/full.jte}: the preview of a full export's import, either its
 * problems (each with its JSON path) or what the confirmation would store, section by section.
 */
public record FullImportPage(Layout layout, String file, List<Problem> problems, String summary,
        List<Section> sections, String token, boolean replace) {

    public FullImportPage {
        problems = List.copyOf(problems);
        sections = List.copyOf(sections);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** One problem: the JSON path ({@code $.values[3].node_key}, empty for the whole file) and what is wrong. */
    public record Problem(String path, String message) {
    }

    /** A section of the document ({@code values}) and how many rows of it would be stored. */
    public record Section(String name, int rows) {
    }
}
