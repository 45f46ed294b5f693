package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Fasce di punteggio: ascending thresholds such as 0 / 70 / 90 / 100. An achievement is replaced
 * by the lower value of its band, the greatest threshold not above it (85% becomes 70%, 120%
 * becomes 100%); below the first threshold it becomes 0%. No thresholds: the score is continuous.
 */
public record ScoreBands(List<BigDecimal> thresholds) {

    public ScoreBands {
        thresholds = List.copyOf(thresholds);
        for (int i = 0; i < thresholds.size(); i++) {
            if (thresholds.get(i).signum() < 0
                    || i > 0 && thresholds.get(i - 1).compareTo(thresholds.get(i)) >= 0) {
                throw new IllegalArgumentException("band thresholds must be >= 0 and strictly ascending: "
                        + thresholds);
            }
        }
    }

    public static ScoreBands continuous() {
        return new ScoreBands(List.of());
    }

    /** Bands from plain numbers: {@code of("0", "70", "90", "100")}. */
    public static ScoreBands of(String... thresholds) {
        return new ScoreBands(Arrays.stream(thresholds).map(BigDecimal::new).toList());
    }

    public boolean isContinuous() {
        return thresholds.isEmpty();
    }

    public BigDecimal apply(BigDecimal achievement) {
        if (isContinuous()) {
            return achievement;
        }
        var band = BigDecimal.ZERO;
        for (var threshold : thresholds) {
            if (threshold.compareTo(achievement) <= 0) {
                band = threshold;
            }
        }
        return band;
    }
}
