package it.traguardi.core.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One row of a section: a cell for each of the section's fields, in their order. */
public record Row(List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Cell get(Section section, String field) {
        return cells.get(section.index(field));
    }

    public Optional<String> text(Section section, String field) {
        return get(section, field) instanceof Cell.Text t ? Optional.of(t.text()) : Optional.empty();
    }

    public Optional<Integer> integer(Section section, String field) {
        return get(section, field) instanceof Cell.Number n ? Optional.of(n.number().intValueExact()) : Optional.empty();
    }

    public Optional<BigDecimal> decimal(Section section, String field) {
        return get(section, field) instanceof Cell.Number n ? Optional.of(n.number()) : Optional.empty();
    }
}
