package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Data all'italiana: a day as plans write it, {@code 31-12-2022}, {@code 31/12/2022},
 * {@code 31.12.2022}, {@code 1/7/2022} or {@code 30 giugno 2022} (month names in any case).
 */
final class ItalianDate {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})°?\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio",
            "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");

    private ItalianDate() {
    }

    /** Whether the text has the shape of a numeric day ({@code dd-mm-yyyy}, with - / or .). */
    static boolean looksNumeric(String text) {
        return NUMERIC.matcher(text).matches();
    }

    static LocalDate parse(String text) {
        var t = text.strip();
        var numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            return day(t, numeric.group(4), Integer.parseInt(numeric.group(3)), numeric.group(1));
        }
        var words = WORDS.matcher(t);
        if (words.matches()) {
            int month = MONTHS.indexOf(words.group(2).toLowerCase(Locale.ROOT)) + 1;
            if (month == 0) {
                throw new InvalidValueException(Message.of("value.date.format", Limits.excerpt(t)));
            }
            return day(t, words.group(3), month, words.group(1));
        }
        throw new InvalidValueException(Message.of("value.date.format", Limits.excerpt(t)));
    }

    private static LocalDate day(String written, String year, int month, String day) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidValueException(Message.of("value.date.invalid", Limits.excerpt(written)));
        }
        if (!Limits.plausibleYear(date.getYear())) {
            throw new InvalidValueException(Limits.yearProblem(written));
        }
        return date;
    }
}
