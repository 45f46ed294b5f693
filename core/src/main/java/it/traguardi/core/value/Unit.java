package it.traguardi.core.value;

import java.util.Arrays;
import java.util.Optional;

/** Unita' di misura: the units of the seed's values, with the symbol the reports print after a number. */
public enum Unit {
    /** "N.": a count, or a ratio written as a plain number. */
    COUNT("N."),
    /** "%": stored as a number of percent, so {@code 67,00 %} is 67.00. */
    PERCENT("%"),
    /** "gg": days, may be negative. */
    DAYS("gg"),
    /** "€": euro. */
    EURO("€"),
    /** A date: the indicator is met by a completion date ({@code dd-mm-yyyy}). */
    DATE(""),
    /** Si'/No: a milestone that is reached or not. */
    YES_NO(""),
    /** No unit is known yet (every value of the indicator is N/D). */
    UNSPECIFIED("");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether values in this unit are numbers. */
    public boolean numeric() {
        return !symbol.isEmpty();
    }

    /** The numeric unit written with this symbol (as printed after a number in the seed). */
    public static Optional<Unit> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.numeric() && u.symbol.equals(symbol)).findFirst();
    }

    /** The numeric unit as plans write it: the symbol, or {@code N} and {@code gg.} (final dot as one likes). */
    public static Optional<Unit> byWriting(String written) {
        return bySymbol(switch (written) {
            case "N" -> "N.";
            case "gg." -> "gg";
            default -> written;
        });
    }
}
