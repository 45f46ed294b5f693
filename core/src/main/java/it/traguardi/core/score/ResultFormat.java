package it.traguardi.core.score;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Risultati in chiaro: how results read for people, on a page or in the command line's table and
 * JSON. Italian numbers with two decimals at most, N/D for what is not there.
 */
public final class ResultFormat {

    private ResultFormat() {
    }

    /** A percentage as "97,09%" ({@link ShownFormat}). */
    public static String percent(BigDecimal percent) {
        return ShownFormat.percent(percent);
    }

    /** What a score stands on, in words: "7 indicatori misurati su 88, 4,52% del peso". */
    public static String coverage(Coverage coverage, Messages m) {
        return m.get("score.coverage", coverage.measured(), coverage.counted(),
                ItalianFormat.formatNumber(coverage.share()));
    }

    /** An achievement, or N/D. */
    public static String achievement(Score score) {
        return switch (score) {
            case Score.Scored s -> percent(s.achievement().percent());
            case Score.NotAvailable n -> ItalianFormat.NOT_AVAILABLE;
        };
    }

    /** An indicator's target for a year as written ({@code ≥ 800 N.}), or N/D when it has none. */
    public static String target(Indicator indicator, int year) {
        return ShownFormat.of(indicator.definition().targetFor(year).orElse(Target.MISSING));
    }

    /** An actual value; a computed number at most two decimals; N/D when there is none. */
    public static String actual(Value value) {
        if (value == null) {
            return ItalianFormat.NOT_AVAILABLE;
        }
        if (value instanceof Value.Amount n && n.quantity().amount().scale() > 2) {
            var q = n.quantity();
            return ShownFormat.of(new Quantity(q.amount().setScale(2, RoundingMode.HALF_UP), q.unit()));
        }
        return ShownFormat.of(value);
    }
}
