package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Soglie del semaforo: achieved from {@code achievedFrom}%, partly achieved from
 * {@code partlyFrom}%, not achieved below. Compared with the shown (rounded) percentage, so the
 * light always agrees with the figure printed beside it.
 */
public record TrafficLights(BigDecimal achievedFrom, BigDecimal partlyFrom) {

    public TrafficLights {
        Objects.requireNonNull(achievedFrom, "achievedFrom");
        Objects.requireNonNull(partlyFrom, "partlyFrom");
        if (partlyFrom.signum() < 0 || partlyFrom.compareTo(achievedFrom) > 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= partly <= achieved");
        }
    }

    /** What chambers publish: achieved from 90%, partly achieved from 70%. */
    public static TrafficLights defaults() {
        return new TrafficLights(BigDecimal.valueOf(90), BigDecimal.valueOf(70));
    }

    public Status status(Achievement achievement) {
        var shown = achievement.percent();
        if (shown.compareTo(achievedFrom) >= 0) {
            return Status.ACHIEVED;
        }
        return shown.compareTo(partlyFrom) >= 0 ? Status.PARTLY_ACHIEVED : Status.NOT_ACHIEVED;
    }
}
