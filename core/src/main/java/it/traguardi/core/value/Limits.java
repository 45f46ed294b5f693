package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Limiti: every bound that the database or the model puts on what people and files may write,
 * in one place, so that each reader (alberatura TSV, values CSV, forms, JSON API) refuses what
 * cannot be stored with its line and field, before anything is accepted, and a preview that says
 * "valid" is a promise. The numbers come from the columns of the Flyway migrations in
 * {@code store/src/main/resources/db/migration} and from the model; each constant says which.
 * The model's compact constructors do not repeat the text lengths: the store's tests build
 * over-long nodes on purpose to prove that a failed write leaves nothing behind.
 */
public final class Limits {

    /** The first plan year: {@code plan_year_ck check (plan_year between 1900 and 2999)}. */
    public static final int FIRST_YEAR = 1900;
    /** The last plan year, by the same constraint. Years of baselines, targets, periods and dates share the range. */
    public static final int LAST_YEAR = 2999;
    /**
     * The years of baselines (and, apart, of targets) of one plan: they are stored comma-separated in
     * {@code plan.baseline_years varchar(200)} and {@code target_years varchar(200)}, five characters
     * a year ({@code 2022,}).
     */
    public static final int PLAN_YEARS = 40;

    /** Decimals of an amount: {@code numeric(38, 12)} keeps 12; more would be rounded silently. */
    public static final int AMOUNT_DECIMALS = 12;
    /** Digits before the decimal mark: {@code numeric(38, 12)} has 38 - 12 = 26. */
    public static final int AMOUNT_INTEGER_DIGITS = 26;
    /** Decimals of a number of the scoring rules (floor, lights, late credit, thresholds): {@code numeric(7, 2)}. */
    public static final int RULE_DECIMALS = 2;
    /** Digits before the decimal mark of a number of the scoring rules: {@code numeric(7, 2)} has 5. */
    public static final int RULE_INTEGER_DIGITS = 5;
    /**
     * Characters of one value, target or weight cell, refused before it is parsed (parsing a long
     * digit string costs time that grows with the square of its length). The longest sensible
     * cell, {@code tra -12.345.678.901.234.567.890.123.456,123456789012 N. e ...}, fits twice. A target
     * as written is kept whole in {@code indicator_target.written_text varchar(200)}.
     */
    public static final int CELL = 200;

    /** Characters of a formula: {@code plan_node.formula varchar(4000)}. */
    public static final int FORMULA = 4000;
    /**
     * Levels of a formula's tree: parentheses, minus signs and operators in a row each add one.
     * Every walk over a formula (check, evaluation, printing) recurses once a level, so this bounds
     * the stack they use; real formulas have fewer than ten.
     */
    public static final int FORMULA_DEPTH = 64;

    /**
     * Text fields and their lengths, counted in UTF-16 units ({@code String.length()}): H2 counts a
     * character outside the Basic Multilingual Plane (an emoji) as two, PostgreSQL as one, so the
     * stricter count is the one that holds on both databases.
     */
    public enum Text {
        /** {@code entity.name varchar(200)}. */
        ENTITY(200, true),
        /** {@code plan_node.code varchar(200)}. */
        CODE(200, true),
        /** {@code plan_node.title varchar(2000)}. */
        TITLE(2000, true),
        /** {@code plan_node.algorithm varchar(20000)}. */
        ALGORITHM(20000, false),
        /** {@code plan_node.data_source}, {@code measure.source varchar(2000)}. */
        SOURCE(2000, false),
        /** {@code plan_node.owner}, {@code measure.owner varchar(2000)}. */
        OWNER(2000, false),
        /** {@code measure.code}, {@code actual_value.measure_code varchar(200)}. */
        MEASURE_CODE(200, true),
        /** {@code measure.description varchar(2000)}. */
        DESCRIPTION(2000, false),
        /** {@code node_comment.body varchar(4000)}. */
        COMMENT(4000, false),
        /** {@code actual_value.reason varchar(2000)}. */
        REASON(2000, false),
        /** {@code app_user.login varchar(200)}, {@code assignment.login varchar(200)}: a person's login. */
        LOGIN(200, true),
        /** {@code app_user.display_name varchar(200)}. */
        DISPLAY_NAME(200, true),
        /** {@code api_token.name varchar(200)}. */
        TOKEN_NAME(200, true),
        /** The author of a change: {@code actual_value.recorded_by}, {@code audit_entry.actor varchar(200)}. */
        AUTHOR(200, true),
        /** The address a change came from: {@code audit_entry.address varchar(100)}. */
        ADDRESS(100, true);

        private final int length;
        private final boolean singleLine;

        Text(int length, boolean singleLine) {
            this.length = length;
            this.singleLine = singleLine;
        }

        /** The most characters the field holds. */
        public int length() {
            return length;
        }

        /** Whether the field names or codes something, and so is one line of visible text. */
        public boolean singleLine() {
            return singleLine;
        }

        /** The key of the field's name in the message bundles ({@code limit.text.title}). */
        public String key() {
            return "limit.text." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * What is wrong with a text for this field, if anything: too long, or holding a character
         * that cannot be shown or stored. Names and codes are one line: no control characters at all
         * (tab, line breaks, NUL, ESC) and no bidirectional overrides, which can make a code read
         * differently from what it is. Free texts may hold tabs and line breaks.
         */
        public Optional<Message> problem(String text) {
            int count = text.length();
            if (count > length) {
                return Optional.of(Message.of("limit.text.too-long", Message.of(key()), length, count));
            }
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (refused(c, singleLine)) {
                    return Optional.of(Message.of("limit.text.control", Message.of(key()),
                            String.format("U+%04X", c), text.codePointCount(0, i) + 1));
                }
                i += Character.charCount(c);
            }
            return Optional.empty();
        }

    }

    private Limits() {
    }

    /** Whether a year is one a plan, a baseline, a target, a period or a date may have. */
    public static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The problem of a year outside the range, for the text it was read from. */
    public static Message yearProblem(String written) {
        return Message.of("limit.year", excerpt(written), FIRST_YEAR, LAST_YEAR);
    }

    /** What keeps an amount from being stored exactly, if anything: too many digits or decimals. */
    public static Optional<Message> amountProblem(BigDecimal amount, String written) {
        return digitsProblem(amount, written, AMOUNT_INTEGER_DIGITS, AMOUNT_DECIMALS);
    }

    /** What keeps a number of the scoring rules from being stored exactly, if anything. */
    public static Optional<Message> ruleNumberProblem(BigDecimal number, String written) {
        return digitsProblem(number, written, RULE_INTEGER_DIGITS, RULE_DECIMALS);
    }

    private static Optional<Message> digitsProblem(BigDecimal number, String written, int integers, int decimals) {
        long integerDigits = (long) number.precision() - number.scale();
        if (Math.max(number.scale(), 0) > decimals || integerDigits > integers) {
            return Optional.of(Message.of("limit.amount", excerpt(written), integers, decimals));
        }
        return Optional.empty();
    }

    /** The problem of a cell longer than {@link #CELL}, or empty. Checked before any parsing. */
    public static Optional<Message> cellProblem(String text) {
        return text.length() > CELL
                ? Optional.of(Message.of("limit.cell", excerpt(text), CELL, text.length()))
                : Optional.empty();
    }

    /**
     * A text as a message may quote it: at most 40 characters, the rest cut with an ellipsis, and
     * control characters shown as {@code ?}, so that a hostile cell cannot flood or garble a report.
     */
    public static String excerpt(String text) {
        var shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        var out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> out.appendCodePoint(refused(c, true) ? '?' : c));
        return out.toString();
    }

    private static boolean refused(int c, boolean name) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return name;
        }
        return Character.getType(c) == Character.CONTROL || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
