package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Formato italiano: reads and writes values, targets and weights as the reports print them
 * ({@code 13.147.300.000 €}, {@code ≥ 1.000 N.}, {@code Entro 31-12-2022}, {@code 33,34%}).
 * Formatting what was parsed gives back the same text: the scale of numbers and the way an
 * operator was written are kept.
 */
public final class ItalianFormat {

    public static final String NOT_AVAILABLE = "N/D";
    public static final String YES = "SI";
    public static final String NO = "NO";
    private static final String DEADLINE = "Entro";

    private static final Pattern ITALIAN_NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern QUANTITY = Pattern.compile("(-?[\\d.,]+)\\s*(N\\.?|%|gg\\.?|€)?");
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEIGHT = Pattern.compile("(\\d{1,3}(,\\d{1,2})?)\\s*%");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private ItalianFormat() {
    }

    // ---- numbers ----

    /** An Italian number: {@code .} groups thousands, {@code ,} is the decimal mark. */
    public static BigDecimal parseNumber(String text) {
        var t = cell(text);
        if (!ITALIAN_NUMBER.matcher(t).matches()) {
            throw invalid("value.number.invalid", text);
        }
        return storable(new BigDecimal(t.replace(".", "").replace(',', '.')), t);
    }

    /**
     * A number in Italian or plain form: {@code 1.133} and {@code 97,09} are Italian; {@code 97.09}
     * (a dot not followed by exactly three digits) is read as a plain decimal.
     */
    public static BigDecimal parseNumberLenient(String text) {
        var t = cell(text);
        if (ITALIAN_NUMBER.matcher(t).matches()) {
            return parseNumber(t);
        }
        if (PLAIN_NUMBER.matcher(t).matches()) {
            return storable(new BigDecimal(t), t);
        }
        throw invalid("value.number.invalid", text);
    }

    public static String formatNumber(BigDecimal number) {
        var plain = number.abs().toPlainString();
        int dot = plain.indexOf('.');
        var integer = dot < 0 ? plain : plain.substring(0, dot);
        var out = new StringBuilder(number.signum() < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(integer.charAt(i));
        }
        if (dot >= 0) {
            out.append(',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    // ---- quantities and values ----

    /** A number followed by its unit symbol ({@code 1,44 N.}, {@code -20,14 gg}). */
    public static Quantity parseQuantity(String text) {
        var m = QUANTITY.matcher(cell(text));
        if (!m.matches()) {
            throw invalid("value.number.invalid", text);
        }
        if (m.group(2) == null) {
            throw invalid("value.unit.missing", text);
        }
        return new Quantity(parseNumber(m.group(1)), Unit.byWriting(m.group(2)).orElseThrow());
    }

    /** A baseline or actual value as printed in the alberatura: number with unit, date or N/D. */
    public static Value parseValue(String text) {
        var t = cell(text);
        if (t.equalsIgnoreCase(NOT_AVAILABLE)) {
            return Value.MISSING;
        }
        if (ItalianDate.looksNumeric(t)) {
            return new Value.Day(parseDate(t));
        }
        var flag = parseFlag(t);
        if (flag != null) {
            return new Value.Flag(flag);
        }
        return Value.of(counted(parseQuantity(t), t));
    }

    /** A count ({@code N.}) read from a person or a file is never negative; days, percentages and euro may be. */
    private static Quantity counted(Quantity quantity, String written) {
        if (quantity.unit() == Unit.COUNT && quantity.amount().signum() < 0) {
            throw invalid("value.count.negative", written);
        }
        return quantity;
    }

    /**
     * A value typed by a person or a CSV file, for a node whose unit is known: the number may come
     * without its unit, in Italian or plain form; dates as {@code dd-mm-yyyy} or {@code yyyy-mm-dd};
     * {@code SI}/{@code NO}; {@code N/D}.
     */
    public static Value parseEntered(String text, Unit unit) {
        var t = cell(text);
        if (t.equalsIgnoreCase(NOT_AVAILABLE)) {
            return Value.MISSING;
        }
        if (ItalianDate.looksNumeric(t)) {
            return new Value.Day(parseDate(t));
        }
        if (ISO_DATE.matcher(t).matches()) {
            try {
                return new Value.Day(plausible(LocalDate.parse(t), t));
            } catch (DateTimeParseException e) {
                throw invalid("value.date.invalid", text);
            }
        }
        var flag = parseFlag(t);
        if (flag != null) {
            return new Value.Flag(flag);
        }
        var m = QUANTITY.matcher(t);
        if (!m.matches()) {
            throw invalid("value.number.invalid", text);
        }
        var written = m.group(2) == null ? null : Unit.byWriting(m.group(2)).orElseThrow();
        var numericUnit = written != null ? written : unit.numeric() ? unit : Unit.COUNT;
        return Value.of(counted(new Quantity(parseNumberLenient(m.group(1)), numericUnit), t));
    }

    public static String format(Value value) {
        return switch (value) {
            case Value.Amount n -> format(n.quantity());
            case Value.Day d -> formatDate(d.date());
            case Value.Flag f -> f.yes() ? YES : NO;
            case Value.Missing m -> NOT_AVAILABLE;
        };
    }

    public static String format(Quantity quantity) {
        return formatNumber(quantity.amount()) + " " + quantity.unit().symbol();
    }

    // ---- dates ----

    /** A day as {@code 31-12-2022}, {@code 31/12/2022}, {@code 31.12.2022} or {@code 30 giugno 2022}. */
    public static LocalDate parseDate(String text) {
        return ItalianDate.parse(cell(text));
    }

    /** A date within the years a plan may have ({@link Limits#FIRST_YEAR}..{@link Limits#LAST_YEAR}). */
    private static LocalDate plausible(LocalDate date, String written) {
        if (!Limits.plausibleYear(date.getYear())) {
            throw new InvalidValueException(Limits.yearProblem(written));
        }
        return date;
    }

    public static String formatDate(LocalDate date) {
        return DAY.format(date);
    }

    // ---- targets ----

    /** A target as plans write it (docs/notations.md): {@code ≥ 1.000 N.}, {@code almeno 90%}, {@code Entro 31/12/2022}. */
    public static Target parseTarget(String text) {
        return readTarget(text).value();
    }

    /** A target with the warnings of its reading (an operator read loosely, an ambiguous number, no unit). */
    public static TargetReading readTarget(String text) {
        return TargetText.read(cell(text));
    }

    public static String format(Target target) {
        return switch (target) {
            case Target.AtLeast t -> t.notation().atLeast() + " " + format(t.threshold());
            case Target.AtMost t -> t.notation().atMost() + " " + format(t.threshold());
            case Target.Exactly t -> "= " + format(t.value());
            case Target.Between t -> "tra " + formatNumber(t.low().amount()) + " e " + format(t.high());
            case Target.Deadline t -> DEADLINE + " " + formatDate(t.date());
            case Target.Milestone t -> t.expected() ? YES : NO;
            case Target.Missing t -> NOT_AVAILABLE;
        };
    }

    // ---- weights ----

    /** A weight as printed: {@code 33,34%} (at most two decimals, between 0% and 100%). */
    public static Weight parseWeight(String text) {
        var m = WEIGHT.matcher(cell(text));
        if (!m.matches()) {
            throw invalid("weight.invalid", text);
        }
        var percent = new BigDecimal(m.group(1).replace(',', '.'));
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw invalid("weight.range", text);
        }
        return new Weight(percent);
    }

    public static String format(Weight weight) {
        return formatNumber(weight.percent()) + "%";
    }

    /** {@code SI}, {@code Sì}, {@code si'}, {@code NO} in any case; null when the text is none of them. */
    static Boolean parseFlag(String t) {
        if (t.equalsIgnoreCase(YES) || t.equalsIgnoreCase("sì") || t.equalsIgnoreCase("si'")) {
            return Boolean.TRUE;
        }
        return t.equalsIgnoreCase(NO) ? Boolean.FALSE : null;
    }

    /**
     * The text stripped, with the non-breaking spaces of copied documents (U+00A0, U+2007, U+202F)
     * read as spaces; refused before any parsing when it is longer than a cell may be.
     */
    private static String cell(String text) {
        var t = NO_BREAK_SPACE.matcher(text).replaceAll(" ").strip();
        var tooLong = Limits.cellProblem(t);
        if (tooLong.isPresent()) {
            throw new InvalidValueException(tooLong.get());
        }
        return t;
    }

    /** A number the amount columns keep exactly, or the limit it exceeds. */
    private static BigDecimal storable(BigDecimal number, String written) {
        var problem = Limits.amountProblem(number, written);
        if (problem.isPresent()) {
            throw new InvalidValueException(problem.get());
        }
        return number;
    }

    private static InvalidValueException invalid(String key, String text) {
        return new InvalidValueException(Message.of(key, Limits.excerpt(text)));
    }
}
