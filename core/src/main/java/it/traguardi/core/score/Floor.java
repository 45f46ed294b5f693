package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/** Soglia minima: an achievement below the floor counts as 0%; or no floor at all. */
public sealed interface Floor {

    /** No floor: every achievement counts as computed. */
    record None() implements Floor {
    }

    /** Below {@code percent} (exclusive) the achievement becomes 0%; e.g. under 60%. */
    record Below(BigDecimal percent) implements Floor {
        public Below {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0) {
                throw new IllegalArgumentException("a floor is a positive percentage: " + percent);
            }
        }
    }

    Floor NONE = new None();

    static Floor below(String percent) {
        return new Below(new BigDecimal(percent));
    }

    default BigDecimal apply(BigDecimal achievement) {
        return switch (this) {
            case None n -> achievement;
            case Below b -> achievement.compareTo(b.percent()) < 0 ? BigDecimal.ZERO : achievement;
        };
    }
}
