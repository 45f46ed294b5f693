package it.traguardi.core.measure;

import it.traguardi.core.value.Value;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Valore rilevato: one actual value entered for a measure or an indicator and a period, with who
 * entered it, when and why. A correction is a new record: the history of a value is the list of
 * its records, and the latest one counts.
 */
public record ValueRecord(ValueTarget target, Period period, Value value, Instant recordedAt, String recordedBy,
        String reason) {

    /** Who records values until there are accounts. */
    public static final String SYSTEM = "sistema";

    public ValueRecord {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(recordedAt, "recordedAt");
        recordedBy = Objects.requireNonNull(recordedBy, "recordedBy").strip();
        reason = Objects.requireNonNull(reason, "reason").strip();
    }

    /**
     * The record that counts in a history: the latest by time; among records of the same instant,
     * the one later in the list (histories are listed in the order they were recorded).
     */
    public static Optional<ValueRecord> latest(List<ValueRecord> history) {
        return history.stream().reduce((a, b) -> b.recordedAt.isBefore(a.recordedAt) ? a : b);
    }
}
