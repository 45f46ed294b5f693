package it.traguardi.core.plan;

import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.TargetReading;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Target come scritti: the texts a plan wrote for its targets, kept only while each still reads as
 * the target of its year. So a target that changes without a text of its own loses the old text
 * (a stale {@code almeno 90%} can never stand beside a target of 95%), and a text that is the file
 * form of its target ({@code ≥ 90 %}) is not kept twice.
 */
final class WrittenTargets {

    private WrittenTargets() {
    }

    /**
     * The texts of {@code written} that read as the target of their year in {@code targets} and
     * differ from its file form, normalised as {@link TargetReading#text()}; a text longer than a
     * target cell is refused ({@link IllegalArgumentException}), as no reader lets one through.
     */
    static SortedMap<Integer, String> kept(Map<Integer, String> written, Map<Integer, Target> targets) {
        var out = new TreeMap<Integer, String>();
        written.forEach((year, text) -> {
            Objects.requireNonNull(text, "written target text");
            Limits.cellProblem(text).ifPresent(p -> {
                throw new IllegalArgumentException("written target of " + year + " longer than " + Limits.CELL);
            });
            var target = targets.get(year);
            reading(text).filter(r -> r.value().equals(target))
                    .flatMap(TargetReading::written)
                    .ifPresent(w -> out.put(year, w));
        });
        return Collections.unmodifiableSortedMap(out);
    }

    private static Optional<TargetReading> reading(String text) {
        try {
            return Optional.of(ItalianFormat.readTarget(text));
        } catch (InvalidValueException e) {
            return Optional.empty(); // a text no reader accepts any more is not a writing of the target
        }
    }
}
