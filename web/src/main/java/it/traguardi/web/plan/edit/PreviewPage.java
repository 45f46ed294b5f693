package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;
import java.util.Objects;

/**
 * The model of {@code plan/edit/preview.jte}: what an uploaded alberatura would create, or how it
 * would replace the stored plan of its entity and year, or every problem that stops it. Nothing is
 * stored until the person confirms with the token of the pending upload. {@code notice} says why
 * the preview is shown again (the plan changed before the confirmation); empty the first time.
 * {@code warningKinds} counts the warnings of each kind, {@code warnings} tells them, alike ones folded.
 */
public record PreviewPage(Layout layout, String file, List<FileProblem> problems, String entity, int year,
        List<Count> counts, List<Count> warningKinds, List<String> warnings, Next next, String notice) {

    public PreviewPage {
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        warningKinds = List.copyOf(warningKinds);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(next, "next");
    }

    /** How many warnings the file has, of every kind (the detail folds alike ones, so it can be shorter). */
    public long warningCount() {
        return warningKinds.stream().mapToLong(Count::count).sum();
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** What confirming the preview does. */
    public sealed interface Next {
    }

    /** A file with problems: nothing to confirm. */
    public record Nothing() implements Next {
    }

    /** No plan is stored for the entity and year: confirming stores the file's plan. */
    public record Create(String token) implements Next {
    }

    /**
     * A plan is stored (at {@code version}): confirming replaces it with the file's plan, matched
     * node by node with the stored one; {@code detached} says what happens to the values of nodes
     * not kept.
     */
    public record Replace(String token, int version, String summary, List<ChangeRow> changes, String detached)
            implements Next {

        public Replace {
            changes = List.copyOf(changes);
        }
    }

    /** A node that did not stay as it was: its outcome in words, its label, what to know. */
    public record ChangeRow(String outcome, String node, String detail) {
    }

    /** A problem of the file, where it is. */
    public record FileProblem(String file, String line, String field, String message) {
    }

    /** How many nodes of a level the plan would have. */
    public record Count(String label, long count) {
    }
}
