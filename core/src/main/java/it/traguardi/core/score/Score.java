package it.traguardi.core.score;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.Objects;

/** The result of scoring an indicator or a node: an achievement, or N/D with the reason why. */
public sealed interface Score {

    /** Measured: the degree of achievement. */
    record Scored(Achievement achievement) implements Score {
        public Scored {
            Objects.requireNonNull(achievement, "achievement");
        }
    }

    /** N/D (non disponibile): nothing to measure, and why; never the same as 0%. */
    record NotAvailable(Message reason) implements Score {
        public NotAvailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static Score of(BigDecimal exactPercent) {
        return new Scored(new Achievement(exactPercent));
    }

    static Score notAvailable(String key, Object... args) {
        return new NotAvailable(Message.of(key, args));
    }
}
