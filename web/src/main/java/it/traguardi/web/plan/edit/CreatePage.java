package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/edit/create.jte}: the three ways to start a plan (empty, from an
 * alberatura file, copied from a stored plan), with what was typed and the error, if any.
 */
public record CreatePage(Layout layout, String entity, String year, String error, List<Source> sources) {

    public CreatePage {
        sources = List.copyOf(sources);
    }

    public boolean failed() {
        return !error.isEmpty();
    }

    /** A stored plan that can be copied to the next year. */
    public record Source(String value, String label) {
    }
}
