package it.traguardi.report.model;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Cella: one figure or text of a report, typed, so a spreadsheet gets a real number or date and a
 * page gets the Italian writing of it ({@link #shown()}), from the same value.
 */
public sealed interface Cell {

    /** A text (a code, a title, an algorithm, a target as the plan wrote it, a comment). */
    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A number in a unit: a percentage (weights, achievements, coverage) is a number of percent. */
    record Amount(BigDecimal number, Unit unit) implements Cell {
        public Amount {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(unit, "unit");
            if (!unit.numeric()) {
                throw new IllegalArgumentException("an amount needs a numeric unit: " + unit);
            }
        }
    }

    /** A plain count (how many indicators): no unit. */
    record Count(long count) implements Cell {
    }

    /** A day (a completion date, a period, the day a value was recorded). */
    record Day(LocalDate date) implements Cell {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** N/D: nothing to show where a figure was expected; never 0. */
    record NotAvailable() implements Cell {
    }

    /** An empty cell (a row of a kind that has no such column, such as an area's target). */
    record Blank() implements Cell {
    }

    Cell BLANK = new Blank();
    Cell NOT_AVAILABLE = new NotAvailable();

    static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Text(text);
    }

    static Cell percent(BigDecimal percent) {
        return percent == null ? NOT_AVAILABLE : new Amount(percent, Unit.PERCENT);
    }

    /** A value as recorded or planned: an amount, a day, SI/NO as text, N/D. */
    static Cell of(Value value) {
        if (value == null) {
            return NOT_AVAILABLE;
        }
        return switch (value) {
            case Value.Amount a -> new Amount(a.quantity().amount(), a.quantity().unit());
            case Value.Day d -> new Day(d.date());
            case Value.Flag f -> new Text(f.yes() ? ItalianFormat.YES : ItalianFormat.NO);
            case Value.Missing m -> NOT_AVAILABLE;
        };
    }

    /** The cell as people read it, in the project's one way of writing ({@link ShownFormat}). */
    default String shown() {
        return switch (this) {
            case Text t -> t.text();
            case Amount a -> ShownFormat.of(new Quantity(a.number(), a.unit()));
            case Count c -> ItalianFormat.formatNumber(BigDecimal.valueOf(c.count()));
            case Day d -> ItalianFormat.formatDate(d.date());
            case NotAvailable n -> ItalianFormat.NOT_AVAILABLE;
            case Blank b -> "";
        };
    }
}
