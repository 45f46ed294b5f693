package it.traguardi.exchange.alberatura;

import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.util.SortedMap;

/**
 * One data row of the alberatura, its fields read but its level not yet known; the written targets
 * are the target cells whose text differs from the file form of what was understood.
 */
record Row(int line, int section, Weight weight, String code, String title, String algorithm,
        SortedMap<Integer, Value> baselines, SortedMap<Integer, Target> targets,
        SortedMap<Integer, String> writtenTargets) {

    /** Row kinds, told apart by content (docs/file-formats.md, "The level of a row"). */
    enum Shape { INDICATORS_MARKER, OPERATIONAL_MARKER, INDICATOR, OBJECTIVE }

    Shape shape() {
        if (code.isEmpty() && title.equals(SectionLayout.INDICATORS_MARKER) && isBare()) {
            return Shape.INDICATORS_MARKER;
        }
        if (code.isEmpty() && title.equals(SectionLayout.OPERATIONAL_MARKER) && isBare()) {
            return Shape.OPERATIONAL_MARKER;
        }
        return isBare() ? Shape.OBJECTIVE : Shape.INDICATOR;
    }

    private boolean isBare() {
        return algorithm.isEmpty() && baselines.isEmpty() && targets.isEmpty();
    }
}
