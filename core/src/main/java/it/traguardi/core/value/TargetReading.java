package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * Lettura di un target: what a target text was understood as, with the warnings of a reading that
 * is accepted but not certain (an operator read more loosely than written, an ambiguous number, a
 * missing unit, no operator).
 */
public record TargetReading(Target value, List<Message> warnings) {

    public TargetReading {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
