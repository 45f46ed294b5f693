package it.traguardi.core.formula;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Formule compilate per testo: each formula text parsed and compiled once, then shared. Scoring asks
 * for an indicator's formula on every period of every plan, and the same texts recur across plans
 * (every entity of a national set has the same formulas), so reading them again each time would cost
 * more than evaluating them. Parsed formulas and compiled ones are immutable, so threads share them.
 *
 * <p>What is kept is bounded by the texts' length, not their number: a compiled formula takes memory in
 * proportion to its text, and the texts come from files anyone may import (a formula may be 20,000
 * characters long). Past {@value #MOST_CHARACTERS} characters the cache starts again, which costs only
 * parsing again.
 */
public final class CompiledFormulas {

    /** A bound on the characters of the texts kept (some megabytes with what they compile to). */
    static final long MOST_CHARACTERS = 1_000_000;

    private static final Map<String, Optional<CompiledFormula>> BY_TEXT = new ConcurrentHashMap<>();
    private static final AtomicLong CHARACTERS = new AtomicLong();

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
        if (CHARACTERS.addAndGet(text.length()) > MOST_CHARACTERS) {
            BY_TEXT.clear();
            CHARACTERS.set(text.length());
        }
        BY_TEXT.put(text, compiled);
        return compiled;
    }

    /** The characters of the texts kept now (an estimate while other threads add). */
    static long characters() {
        return CHARACTERS.get();
    }
}
