package it.traguardi.core.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One field of a row of a full plan: a text, a number, a day, an instant, a yes/no, or nothing. */
public sealed interface Cell {

    Cell EMPTY = new Empty();

    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An exact number; integers have scale 0. */
    record Number(BigDecimal number) implements Cell {
        public Number {
            Objects.requireNonNull(number, "number");
        }
    }

    record Day(LocalDate date) implements Cell {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** An instant, to the microsecond (what both databases keep). */
    record Time(Instant instant) implements Cell {
        public Time {
            Objects.requireNonNull(instant, "instant");
        }
    }

    record Flag(boolean yes) implements Cell {
    }

    /** No value: a column left empty (SQL null). */
    record Empty() implements Cell {
    }

    static Cell of(int number) {
        return new Number(BigDecimal.valueOf(number));
    }
}
