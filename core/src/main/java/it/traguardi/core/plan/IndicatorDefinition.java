package it.traguardi.core.plan;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Definizione dell'indicatore: the algorithm (as written, in words and measure codes), the unit,
 * baselines and targets by year, the data source (fonte) and the owner (centro di
 * responsabilita'). A year absent from a map has no cell; a year mapped to N/D was stated as N/D.
 * The formula is the algorithm in the formula language ({@code it.traguardi.core.formula}), in its
 * canonical text; empty while nobody could derive or write it (then the value is entered directly).
 * The written targets are, by year, the target texts as the plan wrote them where they differ from
 * the file form of what was understood ({@code almeno 90%} for {@code ≥ 90 %}); a text is kept only
 * while it reads as the target of its year, so a changed target never keeps a stale text.
 */
public record IndicatorDefinition(
        String algorithm,
        Unit unit,
        SortedMap<Integer, Value> baselines,
        SortedMap<Integer, Target> targets,
        String dataSource,
        String owner,
        String formula,
        SortedMap<Integer, String> writtenTargets) {

    public IndicatorDefinition {
        algorithm = Objects.requireNonNull(algorithm, "algorithm").strip();
        Objects.requireNonNull(unit, "unit");
        baselines = Collections.unmodifiableSortedMap(new TreeMap<>(baselines));
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
        dataSource = Objects.requireNonNull(dataSource, "dataSource").strip();
        owner = Objects.requireNonNull(owner, "owner").strip();
        formula = Objects.requireNonNull(formula, "formula (empty when none)").strip();
        writtenTargets = WrittenTargets.kept(writtenTargets, targets);
    }

    /** A definition whose targets are all written in their file form. */
    public IndicatorDefinition(String algorithm, Unit unit, SortedMap<Integer, Value> baselines,
            SortedMap<Integer, Target> targets, String dataSource, String owner, String formula) {
        this(algorithm, unit, baselines, targets, dataSource, owner, formula, new TreeMap<>());
    }

    /** A definition without a formula yet. */
    public IndicatorDefinition(String algorithm, Unit unit, SortedMap<Integer, Value> baselines,
            SortedMap<Integer, Target> targets, String dataSource, String owner) {
        this(algorithm, unit, baselines, targets, dataSource, owner, "");
    }

    public IndicatorDefinition withFormula(String newFormula) {
        return new IndicatorDefinition(algorithm, unit, baselines, targets, dataSource, owner, newFormula,
                writtenTargets);
    }

    /** The definition with these target texts as written (those that do not read as their year's target are dropped). */
    public IndicatorDefinition withWrittenTargets(Map<Integer, String> written) {
        return new IndicatorDefinition(algorithm, unit, baselines, targets, dataSource, owner, formula,
                new TreeMap<>(written));
    }

    /**
     * Every target as the plan wrote it, by year: the written text where there is one, otherwise
     * the file form ({@link ItalianFormat#format(Target)}). What exports write, so a plan reads back
     * identical cell by cell.
     */
    public SortedMap<Integer, String> targetWritings() {
        var out = new TreeMap<Integer, String>();
        targets.forEach((year, target) -> out.put(year, writtenTargets.getOrDefault(year, ItalianFormat.format(target))));
        return Collections.unmodifiableSortedMap(out);
    }

    /** The text of a year's target as the plan wrote it, when it differs from the file form. */
    public Optional<String> writtenTarget(int year) {
        return Optional.ofNullable(writtenTargets.get(year));
    }

    public boolean hasFormula() {
        return !formula.isEmpty();
    }

    public static IndicatorDefinition of(String algorithm, Unit unit, Map<Integer, Value> baselines,
            Map<Integer, Target> targets) {
        return new IndicatorDefinition(algorithm, unit, new TreeMap<>(baselines), new TreeMap<>(targets), "", "");
    }

    /** The target for a year, if one was set (N/D counts as not set). */
    public Optional<Target> targetFor(int year) {
        return Optional.ofNullable(targets.get(year)).filter(t -> !(t instanceof Target.Missing));
    }

    /** The most recent baseline that is a known value, with its year. */
    public Optional<Map.Entry<Integer, Value>> latestKnownBaseline() {
        return baselines.entrySet().stream()
                .filter(e -> !(e.getValue() instanceof Value.Missing))
                .reduce((first, second) -> second);
    }
}
