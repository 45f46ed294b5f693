package it.traguardi.core.score;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Weight;
import java.util.Objects;

/** A part left out of a weighted mean (0% weight, or N/D), with its planned weight and the reason. */
public record Exclusion(Part part, Weight weight, Message reason) {

    public Exclusion {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(reason, "reason");
    }
}
