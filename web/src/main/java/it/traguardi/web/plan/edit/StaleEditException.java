package it.traguardi.web.plan.edit;

import java.util.List;
import java.util.Optional;

/**
 * The plan changed since the form (or API client) read it: nothing was saved. {@code changes} are
 * the differences in the nodes being edited, when the version the edit started from is still
 * known ({@code changesKnown}); the current version is empty when the plan was deleted.
 */
public final class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int expected;
    private final transient Optional<Integer> current;
    private final transient List<FieldChange> changes;
    private final boolean changesKnown;

    public StaleEditException(int expected, Optional<Integer> current, List<FieldChange> changes, boolean changesKnown) {
        super("plan changed: expected version " + expected + ", current " + current.map(String::valueOf).orElse("none"),
                null, false, false);
        this.expected = expected;
        this.current = current;
        this.changes = List.copyOf(changes);
        this.changesKnown = changesKnown;
    }

    public int expected() {
        return expected;
    }

    public Optional<Integer> current() {
        return current;
    }

    public List<FieldChange> changes() {
        return changes;
    }

    public boolean changesKnown() {
        return changesKnown;
    }
}
