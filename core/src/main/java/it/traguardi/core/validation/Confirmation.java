package it.traguardi.core.validation;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import java.time.Instant;
import java.util.Objects;

/**
 * Conferma dei valori: the responsabile confirmed the value of a measure or indicator for a period.
 * A confirmation names the value it confirmed; once a correction follows it, it is no longer
 * {@code current} and the value waits to be confirmed again (da riconfermare).
 */
public record Confirmation(ValueTarget target, Period period, String confirmedBy, Instant confirmedAt, boolean current) {

    public Confirmation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
