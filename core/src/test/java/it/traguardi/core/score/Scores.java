package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;

/** Assertions on scores written as text: a percentage with two decimals ("55.56") or "N/D key". */
final class Scores {

    private Scores() {
    }

    static String shown(Score score) {
        return switch (score) {
            case Score.Scored s -> s.achievement().percent().toPlainString();
            case Score.NotAvailable n -> "N/D " + n.reason().key();
        };
    }

    static String indicator(String target, String actual, ScoringPolicy policy) {
        return shown(IndicatorScoring.score(ItalianFormat.parseTarget(target), actual(actual), policy));
    }

    /**
     * An actual as written; a negative count ({@code -5 N.}) is refused when typed, but a formula
     * may compute one ({@code D1 - D2}), so scoring must still handle it: built here directly.
     */
    static Value actual(String text) {
        if (text.startsWith("-") && text.endsWith("N.")) {
            var number = ItalianFormat.parseNumber(text.substring(1, text.length() - 2).strip());
            return Value.of(new Quantity(number.negate(), Unit.COUNT));
        }
        return ItalianFormat.parseValue(text);
    }

    static void assertShown(Score score, String expected) {
        assertThat(shown(score)).isEqualTo(expected);
    }
}
