package it.traguardi.core.measure;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Periodo di rilevazione: the whole year (the final measurement, {@code 2022}) or a day within it
 * ({@code 2022-06-30}, an intermediate monitoring).
 */
public sealed interface Period {

    /** The final measurement of a year. */
    record Year(int year) implements Period {
        public Year {
            if (!it.traguardi.core.value.Limits.plausibleYear(year)) {
                throw new IllegalArgumentException("implausible year " + year);
            }
        }
    }

    /** A measurement at a day of the year. */
    record Day(LocalDate date) implements Period {
        public Day {
            Objects.requireNonNull(date, "date");
            new Year(date.getYear());
        }
    }

    Pattern YEAR = Pattern.compile("\\d{4}");
    Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** {@code YYYY} or {@code YYYY-MM-DD}; anything else is refused with IllegalArgumentException. */
    static Period parse(String text) {
        var t = Objects.requireNonNull(text, "text").strip();
        if (YEAR.matcher(t).matches()) {
            return new Year(Integer.parseInt(t));
        }
        if (DAY.matcher(t).matches()) {
            try {
                return new Day(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a day: " + t, e);
            }
        }
        throw new IllegalArgumentException("a period is YYYY or YYYY-MM-DD: " + t);
    }

    /**
     * The period a person, a file or a request names for a plan of {@code planYear}: {@code YYYY} or
     * {@code YYYY-MM-DD}, within that year. The one reading of a written period, so that the command
     * line, the web pages, the API and the value files refuse the same texts with the same words.
     *
     * @throws InvalidValueException with {@code values.period.invalid} for a text that is no period,
     *         {@code values.period.outside} for a period of another year
     */
    static Period parseIn(String text, int planYear) {
        var written = Objects.requireNonNull(text, "text").strip();
        Period period;
        try {
            period = parse(written);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(Message.of("values.period.invalid", written));
        }
        if (period.year() != planYear) {
            throw new InvalidValueException(Message.of("values.period.outside", period.format(), planYear));
        }
        return period;
    }

    static Period of(int year) {
        return new Year(year);
    }

    /** The year the period belongs to. */
    default int year() {
        return switch (this) {
            case Year y -> y.year();
            case Day d -> d.date().getYear();
        };
    }

    /** The day, for a period that is one. */
    default java.util.Optional<LocalDate> day() {
        return switch (this) {
            case Year y -> java.util.Optional.empty();
            case Day d -> java.util.Optional.of(d.date());
        };
    }

    /** As parsed: {@code 2022} or {@code 2022-06-30}. */
    default String format() {
        return switch (this) {
            case Year y -> Integer.toString(y.year());
            case Day d -> d.date().toString();
        };
    }
}
