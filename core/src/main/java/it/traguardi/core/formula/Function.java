package it.traguardi.core.formula;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Funzione: the functions a formula may call ({@code if} has its own node, {@link Expr.Choice}). */
public enum Function {
    /** The smallest of one or more values. */
    MIN("min", 1, Integer.MAX_VALUE),
    /** The largest of one or more values. */
    MAX("max", 1, Integer.MAX_VALUE),
    /** The absolute value. */
    ABS("abs", 1, 1),
    /** {@code round(x; digits)}: x rounded half up to 0..10 decimal digits. */
    ROUND("round", 2, 2);

    /** The name of the conditional, which is not a {@link Function} but is called like one. */
    public static final String IF = "if";

    private final String text;
    private final int fewest;
    private final int most;

    Function(String text, int fewest, int most) {
        this.text = text;
        this.fewest = fewest;
        this.most = most;
    }

    public String text() {
        return text;
    }

    public boolean accepts(int arguments) {
        return arguments >= fewest && arguments <= most;
    }

    /** How many arguments, for messages: {@code 1}, {@code 2} or {@code 1+}. */
    public String arity() {
        return most == Integer.MAX_VALUE ? fewest + "+" : String.valueOf(fewest);
    }

    /** The function with this name, ignoring case. */
    public static Optional<Function> named(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.text.equals(lower)).findFirst();
    }
}
