package it.traguardi.report.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Grafico a barre: scores as horizontal bars, with a title and a description that say in words
 * what the bars show (the text alternative of the picture); the bars are the data, also as a table.
 */
public record Chart(String key, String title, String description, List<Bar> bars) {

    /** One bar: a label and a percentage, or N/D (no bar drawn, "N/D" written). */
    public record Bar(String label, Cell value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }

        /** The length of the bar, in percent; 0 for N/D. */
        public BigDecimal percent() {
            return value instanceof Cell.Amount a ? a.number() : BigDecimal.ZERO;
        }
    }

    public Chart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        bars = List.copyOf(bars);
    }
}
