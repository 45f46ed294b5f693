package it.traguardi.core.formula;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formule compilate per testo: each formula text parsed and compiled once, then shared. Scoring asks
 * for an indicator's formula on every period of every plan, and the same texts recur across plans
 * (every entity of a national set has the same formulas), so reading them again each time would cost
 * more than evaluating them. Parsed formulas and compiled ones are immutable, so threads share them.
 */
public final class CompiledFormulas {

    /** A bound on the texts kept; past it the cache starts again, which costs only parsing again. */
    static final int MOST = 4_096;

    private static final Map<String, Optional<CompiledFormula>> BY_TEXT = new ConcurrentHashMap<>();

    private CompiledFormulas() {
    }

    /** The formula with this text compiled, or empty when the text does not parse (as {@link Parser#parse}). */
    public static Optional<CompiledFormula> of(String text) {
        var known = BY_TEXT.get(text);
        if (known != null) {
            return known;
        }
        var compiled = switch (Parser.parse(text)) {
            case ParseResult.Parsed parsed -> Optional.of(CompiledFormula.of(parsed.expr()));
            case ParseResult.Rejected rejected -> Optional.<CompiledFormula>empty();
        };
        if (BY_TEXT.size() >= MOST) {
            BY_TEXT.clear();
        }
        BY_TEXT.put(text, compiled);
        return compiled;
    }
}
