package it.traguardi.core.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Piano completo: everything that belongs to one plan of an entity and year, as rows by section
 * ({@link FullSection}): the plan and its tree, the entity's measures, every value with its whole
 * history, the scoring rules, comments, validations, confirmations, remarks, assignments and the
 * approved versions. What an installation moves to another one losing nothing.
 */
public record FullPlan(String entity, int year, Map<FullSection, List<FullRow>> sections) {

    public FullPlan {
        Objects.requireNonNull(entity, "entity");
        var copy = new EnumMap<FullSection, List<FullRow>>(FullSection.class);
        for (var section : FullSection.values()) {
            var rows = List.copyOf(sections.getOrDefault(section, List.of()));
            rows.forEach(r -> {
                if (r.cells().size() != section.fields().size()) {
                    throw new IllegalArgumentException(section.key() + ": a row of " + r.cells().size() + " cells");
                }
            });
            copy.put(section, rows);
        }
        sections = Map.copyOf(copy);
    }

    public List<FullRow> rows(FullSection section) {
        return sections.get(section);
    }

    /** The one row of the plan itself. */
    public FullRow plan() {
        return rows(FullSection.PLAN).getFirst();
    }
}
