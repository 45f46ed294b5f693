package it.traguardi.core.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One field of a row of a full plan: a text, a number, a day, an instant, a yes/no, or nothing. */
public sealed interface FullCell {

    FullCell EMPTY = new Empty();

    record Text(String text) implements FullCell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An exact number; integers have scale 0. */
    record Decimal(BigDecimal number) implements FullCell {
        public Decimal {
            Objects.requireNonNull(number, "number");
        }
    }

    record Day(LocalDate date) implements FullCell {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** An instant, to the microsecond (what both databases keep). */
    record Time(Instant instant) implements FullCell {
        public Time {
            Objects.requireNonNull(instant, "instant");
        }
    }

    record Flag(boolean yes) implements FullCell {
    }

    /** No value: a column left empty (SQL null). */
    record Empty() implements FullCell {
    }

    static FullCell of(int number) {
        return new Decimal(BigDecimal.valueOf(number));
    }
}
