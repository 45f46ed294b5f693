package it.traguardi.core.measure;

import it.traguardi.core.value.Unit;
import java.util.Objects;

/**
 * Misura (driver): a raw number entered or imported per period, identified by its code
 * ({@code D1.1_2}, {@code GG_Canc_Prot}, {@code 50}), from which indicators are computed.
 */
public record Measure(String code, String description, Unit unit, String source, String owner) {

    public Measure {
        code = Objects.requireNonNull(code, "code").strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a measure needs a code");
        }
        description = Objects.requireNonNull(description, "description").strip();
        Objects.requireNonNull(unit, "unit");
        source = Objects.requireNonNull(source, "source").strip();
        owner = Objects.requireNonNull(owner, "owner").strip();
    }

    /** A measure known only by its code, e.g. one named in a formula. */
    public static Measure named(String code) {
        return new Measure(code, "", Unit.UNSPECIFIED, "", "");
    }
}
