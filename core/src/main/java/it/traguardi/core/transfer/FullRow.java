package it.traguardi.core.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One row of a section: a cell for each of the section's fields, in their order. */
public record FullRow(List<FullCell> cells) {

    public FullRow {
        cells = List.copyOf(cells);
    }

    public FullCell get(FullSection section, String field) {
        return cells.get(section.index(field));
    }

    public Optional<String> text(FullSection section, String field) {
        return get(section, field) instanceof FullCell.Text t ? Optional.of(t.text()) : Optional.empty();
    }

    public Optional<Integer> integer(FullSection section, String field) {
        return get(section, field) instanceof FullCell.Decimal n ? Optional.of(n.number().intValueExact()) : Optional.empty();
    }

    public Optional<BigDecimal> decimal(FullSection section, String field) {
        return get(section, field) instanceof FullCell.Decimal n ? Optional.of(n.number()) : Optional.empty();
    }
}
