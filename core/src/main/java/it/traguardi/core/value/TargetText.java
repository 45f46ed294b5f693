package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrittura dei target: reads a target as Italian plans, PIRA and Relazioni write it
 * (docs/notations.md). Symbols ({@code ≥ >= >}), words ({@code almeno}, {@code non inferiore al},
 * {@code entro il 30 giugno 2022}, {@code tra 10 e 20}), units with or without a space or a final
 * dot, non-breaking spaces. Whatever is read more loosely than written comes back as a warning.
 */
final class TargetText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DEADLINE = Pattern.compile("(?i)entro(?:\\s+il)?\\s+(.+)");
    private static final Pattern RANGE = Pattern.compile("(?i)(?:compreso\\s+)?tra\\s+(.+?)\\s+e\\s+(.+)");
    private static final Pattern WORDS = Pattern.compile(
            "(?i)(almeno|non\\s+inferiore|non\\s+superiore)(?:\\s+(?:a|al|allo|alla|all'|il))?\\s*(-?\\d.*)");
    private static final Pattern OPERATOR = Pattern.compile("(≥|≤|>=|<=|>|<|=)(?![<>=≥≤])\\s*(.+)");
    private static final Pattern UNKNOWN_OPERATOR = Pattern.compile("([<>=≥≤!≠]+)\\s*.*");
    private static final Pattern QUANTITY = Pattern.compile("(-?[\\d.,]+)\\s*(N\\.?|%|gg\\.?|€)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private TargetText() {
    }

    /**
     * A target and the warnings of its reading, from a cell already stripped and with its
     * non-breaking spaces made spaces; throws {@link InvalidValueException} with what was expected.
     */
    static TargetReading read(String cell) {
        var t = SPACES.matcher(cell).replaceAll(" ");
        var warnings = new ArrayList<Message>();
        var target = target(t, warnings);
        return new TargetReading(target, t, warnings);
    }

    private static Target target(String t, List<Message> warnings) {
        if (t.equalsIgnoreCase(ItalianFormat.NOT_AVAILABLE)) {
            return Target.MISSING;
        }
        var deadline = DEADLINE.matcher(t);
        if (deadline.matches()) {
            return new Target.Deadline(ItalianDate.parse(deadline.group(1)));
        }
        var flag = ItalianFormat.parseFlag(t);
        if (flag != null) {
            return new Target.Milestone(flag);
        }
        var range = RANGE.matcher(t);
        if (range.matches()) {
            return range(t, range, warnings);
        }
        var words = WORDS.matcher(t);
        if (words.matches()) {
            var q = quantity(t, words.group(2), warnings);
            return words.group(1).toLowerCase(Locale.ROOT).endsWith("superiore")
                    ? new Target.AtMost(q, Notation.SYMBOL) : new Target.AtLeast(q, Notation.SYMBOL);
        }
        var op = OPERATOR.matcher(t);
        if (op.matches()) {
            return comparison(t, op.group(1), quantity(t, op.group(2), warnings), warnings);
        }
        var unknown = UNKNOWN_OPERATOR.matcher(t);
        if (unknown.matches()) {
            throw new InvalidValueException(Message.of("target.operator.unknown", unknown.group(1)));
        }
        if (QUANTITY.matcher(t).matches()) {
            var bare = new Target.AtLeast(quantity(t, t, warnings), Notation.SYMBOL);
            warnings.add(Message.of("target.read.bare", t, ShownFormat.of(bare)));
            return bare;
        }
        throw new InvalidValueException(Message.of("target.invalid", Limits.excerpt(t)));
    }

    private static Target comparison(String t, String operator, Quantity q, List<Message> warnings) {
        var target = switch (operator) {
            case "≥" -> new Target.AtLeast(q, Notation.SYMBOL);
            case ">=", ">" -> new Target.AtLeast(q, Notation.ASCII);
            case "≤" -> new Target.AtMost(q, Notation.SYMBOL);
            case "<=", "<" -> new Target.AtMost(q, Notation.ASCII);
            case "=" -> new Target.Exactly(q);
            default -> throw new InvalidValueException(Message.of("target.operator.unknown", operator));
        };
        if (operator.length() == 1 && "<>".contains(operator)) {
            warnings.add(Message.of("target.read.strict", t, operator, ShownFormat.of(target)));
        }
        return target;
    }

    private static Target range(String t, Matcher range, List<Message> warnings) {
        var high = quantity(t, range.group(2), warnings);
        var lowText = range.group(1).strip();
        var lowMatch = QUANTITY.matcher(lowText);
        var low = lowMatch.matches() && lowMatch.group(2) != null
                ? quantity(t, lowText, warnings) : new Quantity(number(t, lowText, high.unit(), warnings), high.unit());
        try {
            return new Target.Between(low, high);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(Message.of("target.range.invalid", Limits.excerpt(t)));
        }
    }

    /**
     * A number and its unit: {@code 65%}, {@code 65 %}, {@code 10 gg.}, {@code 1.000 N}. Without a
     * unit the number is a count or a ratio ({@code N.}), said in a warning.
     */
    private static Quantity quantity(String t, String text, List<Message> warnings) {
        var m = QUANTITY.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException(Message.of("value.number.invalid", Limits.excerpt(text.strip())));
        }
        var unit = m.group(2) == null ? Unit.COUNT : Unit.byWriting(m.group(2)).orElseThrow();
        if (m.group(2) == null) {
            warnings.add(Message.of("target.read.no-unit", t));
        }
        return new Quantity(number(t, m.group(1), unit, warnings), unit);
    }

    /**
     * An Italian number. Dots group thousands, so {@code 1.500} is 1500; in a percentage, where
     * 1500% is hardly meant, that reading is kept but named in a warning.
     */
    private static BigDecimal number(String t, String text, Unit unit, List<Message> warnings) {
        var number = ItalianFormat.parseNumber(text);
        if (unit == Unit.PERCENT && GROUPED.matcher(text).matches()) {
            warnings.add(Message.of("target.read.ambiguous", t, text, ItalianFormat.formatNumber(number),
                    text.replace('.', ',')));
        }
        return number;
    }
}
