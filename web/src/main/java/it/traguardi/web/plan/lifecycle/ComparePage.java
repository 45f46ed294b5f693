package it.traguardi.web.plan.lifecycle;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/lifecycle/compare.jte}: two versions of a plan side by side, as the
 * changes from the first to the second, node by node (added, deleted, moved, edited, weights,
 * targets, baselines, formulas), each with the fields that differ.
 */
public record ComparePage(Layout layout, String planHref, String lifecycleHref, String action, List<Option> options,
        String fromLabel, String toLabel, List<Row> rows) {

    public ComparePage {
        options = List.copyOf(options);
        rows = List.copyOf(rows);
    }

    /** A version to choose, with whether it is chosen as the first and as the second. */
    public record Option(String value, String label, boolean from, boolean to) {
    }

    /** One change: its kind, the node, and each field that differs. */
    public record Row(String kind, String node, List<Field> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** A field before (in the first version) and after (in the second). */
    public record Field(String name, String before, String after) {
    }
}
