package it.traguardi.core.measure;

import it.traguardi.core.plan.NodeId;
import java.util.Objects;

/** What a recorded value is the value of: a measure (by code) or an indicator (by node id). */
public sealed interface ValueTarget {

    record OfMeasure(String code) implements ValueTarget {
        public OfMeasure {
            code = Objects.requireNonNull(code, "code").strip();
            if (code.isEmpty()) {
                throw new IllegalArgumentException("a measure needs a code");
            }
        }
    }

    record OfIndicator(NodeId id) implements ValueTarget {
        public OfIndicator {
            Objects.requireNonNull(id, "id");
        }
    }

    static ValueTarget measure(String code) {
        return new OfMeasure(code);
    }

    static ValueTarget indicator(NodeId id) {
        return new OfIndicator(id);
    }
}
