package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lettura di un target: what a target text was understood as, with the text as it was written
 * (stripped, non-breaking spaces made spaces and runs of spaces made one) and the warnings of a
 * reading that is accepted but not certain (an operator read more loosely than written, an
 * ambiguous number, a missing unit, no operator).
 */
public record TargetReading(Target value, String text, List<Message> warnings) {

    public TargetReading {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    /**
     * The text as written when it differs from the file form of what was understood
     * ({@link ItalianFormat#format(Target)}): {@code almeno 90%} for {@code ≥ 90 %}; empty when the
     * plan wrote the target in the canonical way.
     */
    public Optional<String> written() {
        return text.equals(ItalianFormat.format(value)) ? Optional.empty() : Optional.of(text);
    }
}
