package it.traguardi.core.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Piano completo: everything that belongs to one plan of an entity and year, as rows by section
 * ({@link Section}): the plan and its tree, the entity's measures, every value with its whole
 * history, the scoring rules, comments, validations, confirmations, remarks, assignments and the
 * approved versions. What an installation moves to another one losing nothing.
 */
public record FullPlan(String entity, int year, Map<Section, List<Row>> sections) {

    public FullPlan {
        Objects.requireNonNull(entity, "entity");
        var copy = new EnumMap<Section, List<Row>>(Section.class);
        for (var section : Section.values()) {
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

    public List<Row> rows(Section section) {
        return sections.get(section);
    }

    /** The one row of the plan itself. */
    public Row plan() {
        return rows(Section.PLAN).getFirst();
    }
}
