package it.traguardi.core.formula;

import it.traguardi.core.value.Unit;
import java.util.Map;
import java.util.Optional;

/**
 * Catalogo delle misure: the measures a formula may use, each with its unit
 * ({@link Unit#UNSPECIFIED} when the unit is not known).
 */
public record MeasureCatalog(Map<String, Unit> units) {

    public MeasureCatalog {
        units = Map.copyOf(units);
    }

    /** The unit of a known measure; empty when the code is not in the catalog. */
    public Optional<Unit> unitOf(String code) {
        return Optional.ofNullable(units.get(code));
    }
}
