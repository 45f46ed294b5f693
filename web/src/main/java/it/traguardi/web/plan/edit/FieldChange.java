package it.traguardi.web.plan.edit;

import it.traguardi.core.plan.NodeId;
import java.util.Objects;

/**
 * One field of one node that changed between two versions of a plan, formatted as the pages show
 * it ({@code peso: 30,00% → 40,00%}). {@code field} is the field's name in the API
 * ({@code weight}, {@code target.2023}...); {@code label} its localized name.
 */
public record FieldChange(NodeId node, String nodeLabel, String field, String label, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(field, "field");
    }

    /** {@code peso: 30,00% → 40,00%}. */
    public String text() {
        return label + ": " + before + " → " + after;
    }
}
