package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.value.ItalianFormat;

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
        return shown(IndicatorScoring.score(ItalianFormat.parseTarget(target), ItalianFormat.parseValue(actual), policy));
    }

    static void assertShown(Score score, String expected) {
        assertThat(shown(score)).isEqualTo(expected);
    }
}
