package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Risultato: what a formula gives for a period, a number or N/D with the reasons. */
public sealed interface Evaluation {

    /** The formula has a value. */
    record Computed(BigDecimal number) implements Evaluation {
        public Computed {
            Objects.requireNonNull(number, "number");
        }
    }

    /** N/D (non disponibile): never 0; each reason names a missing measure, a division by zero, ... */
    record NotAvailable(List<Message> reasons) implements Evaluation {
        public NotAvailable {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("N/D needs a reason");
            }
        }

        public static NotAvailable because(Message reason) {
            return new NotAvailable(List.of(reason));
        }
    }
}
