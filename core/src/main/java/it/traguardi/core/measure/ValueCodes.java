package it.traguardi.core.measure;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Codici dei valori: which measure or indicator of a plan a code written by a person names. An
 * indicator is named by its code when no other indicator has it, else by its path (the codes from
 * the area down, joined by {@code /}) or by its id ({@code #12}). A measure is named by its code:
 * a measure of the catalog, or one that an indicator's formula uses.
 */
public final class ValueCodes {

    /** What a code names, with the unit its values are read in; or why it names nothing. */
    public sealed interface Resolution {
        record Found(ValueTarget target, Unit unit) implements Resolution {
            public Found {
                Objects.requireNonNull(target, "target");
                Objects.requireNonNull(unit, "unit");
            }
        }

        record Unresolved(Message reason) implements Resolution {
            public Unresolved {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    private final Map<NodeId, Indicator> byId = new HashMap<>();
    private final Map<String, List<Indicator>> byCode = new HashMap<>();
    private final Map<String, Indicator> byPath = new HashMap<>();
    private final Map<Indicator, String> paths = new HashMap<>();
    private final Map<String, Unit> measures = new LinkedHashMap<>();

    public ValueCodes(Plan plan, Collection<Measure> catalog) {
        indexIndicators(plan);
        plan.indicators().forEach(i -> Actuals.formula(i)
                .ifPresent(f -> f.measures().forEach(code -> measures.putIfAbsent(code, Unit.UNSPECIFIED))));
        catalog.forEach(m -> measures.put(m.code(), m.unit()));
    }

    private void indexIndicators(Plan plan) {
        for (var area : plan.areas()) {
            for (var os : area.objectives()) {
                var osPath = area.code() + "/" + os.code();
                os.indicators().forEach(i -> index(i, osPath));
                for (var oo : os.operationalObjectives()) {
                    oo.indicators().forEach(i -> index(i, osPath + "/" + oo.code()));
                }
            }
        }
    }

    private void index(Indicator indicator, String parentPath) {
        var path = parentPath + "/" + indicator.code();
        byId.put(indicator.id(), indicator);
        byCode.computeIfAbsent(indicator.code(), k -> new ArrayList<>()).add(indicator);
        byPath.put(path, indicator);
        paths.put(indicator, path);
    }

    public Resolution resolve(String written) {
        var code = written.strip();
        if (code.isEmpty()) {
            return new Resolution.Unresolved(Message.of("values.code.empty"));
        }
        if (code.startsWith("#")) {
            return byNodeId(code);
        }
        var sameCode = byCode.getOrDefault(code, List.of());
        if (sameCode.size() > 1) {
            return new Resolution.Unresolved(Message.of("values.code.ambiguous", code, sameCode.stream()
                    .map(i -> paths.get(i) + " (" + i.id() + ")").collect(Collectors.joining(", "))));
        }
        var indicator = sameCode.isEmpty() ? byPath.get(code) : sameCode.getFirst();
        if (indicator != null) {
            return found(indicator);
        }
        if (measures.containsKey(code)) {
            return new Resolution.Found(ValueTarget.measure(code), measures.get(code));
        }
        return new Resolution.Unresolved(Message.of("values.code.unknown", code));
    }

    private Resolution byNodeId(String code) {
        try {
            var indicator = byId.get(new NodeId(Integer.parseInt(code.substring(1))));
            if (indicator != null) {
                return found(indicator);
            }
        } catch (IllegalArgumentException e) {
            // not a number, or not a valid id: refused below like an id of no indicator
        }
        return new Resolution.Unresolved(Message.of("values.code.no-indicator", code));
    }

    private static Resolution found(Indicator indicator) {
        return new Resolution.Found(ValueTarget.indicator(indicator.id()), indicator.definition().unit());
    }

    /** The indicator with that id, found in constant time (a file of many rows names many). */
    public Optional<Indicator> indicator(NodeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The path of an indicator ({@code area/OS/OO/code}), as it may be written instead of its code. */
    public String pathOf(Indicator indicator) {
        return paths.get(indicator);
    }
}
