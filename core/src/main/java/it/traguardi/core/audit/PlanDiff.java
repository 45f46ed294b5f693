package it.traguardi.core.audit;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Differenze tra due stati di un piano: what an edit changed, node by node, told as the audit trail
 * records it. Nodes are matched by their identity ({@code NodeId}), never by code: a node added,
 * deleted, moved (another parent, or another order among the siblings both states share), edited
 * (code, title, algorithm, unit, source, owner), and its weight, targets, baselines and formula,
 * each a change of its own with only the fields that differ. Targets and values are in the Italian
 * forms users write ({@code ≥ 90%}, {@code 1.133 N.}).
 */
public final class PlanDiff {

    private PlanDiff() {
    }

    /** The changes from {@code before} to {@code after}, in the order of the trees (deleted nodes last). */
    public static List<NodeChange> between(Plan before, Plan after) {
        var old = new Placements(before);
        var now = new Placements(after);
        var out = new ArrayList<NodeChange>();
        for (var node : after.nodes()) {
            var previous = before.node(node.id());
            if (previous.isEmpty()) {
                out.add(change(ChangeKind.NODE_ADDED, node, Map.of(), identity(node, now)));
            } else {
                compare(previous.get(), node, old, now, out);
            }
        }
        for (var node : before.nodes()) {
            if (after.node(node.id()).isEmpty()) {
                out.add(change(ChangeKind.NODE_DELETED, node, identity(node, old), Map.of()));
            }
        }
        return out;
    }

    private static void compare(PlanNode was, PlanNode is, Placements old, Placements now, List<NodeChange> out) {
        var id = is.id();
        if (!old.group(id).equals(now.group(id)) || old.rankAmongShared(id, now) != now.rankAmongShared(id, old)) {
            out.add(change(ChangeKind.NODE_MOVED, is, place(id, old), place(id, now)));
        }
        addIfChanged(out, ChangeKind.NODE_EDITED, was, is, PlanDiff::definition);
        addIfChanged(out, ChangeKind.WEIGHT_CHANGED, was, is, PlanDiff::weights);
        addIfChanged(out, ChangeKind.TARGET_CHANGED, was, is, n -> byYear(n, IndicatorDefinition::targets, ItalianFormat::format));
        addIfChanged(out, ChangeKind.BASELINE_CHANGED, was, is,
                n -> byYear(n, IndicatorDefinition::baselines, ItalianFormat::format));
        addIfChanged(out, ChangeKind.FORMULA_CHANGED, was, is, n -> n instanceof Indicator i
                ? Map.of("formula", i.definition().formula()) : Map.of());
    }

    /** Adds a change with only the fields that differ, if any does. */
    private static void addIfChanged(List<NodeChange> out, ChangeKind kind, PlanNode was, PlanNode is,
            Function<PlanNode, Map<String, String>> fields) {
        var before = new LinkedHashMap<>(fields.apply(was));
        var after = new LinkedHashMap<>(fields.apply(is));
        var names = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(names::add);
        names.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        if (names.isEmpty()) {
            return;
        }
        before.keySet().retainAll(names);
        after.keySet().retainAll(names);
        names.forEach(k -> {
            before.putIfAbsent(k, "");
            after.putIfAbsent(k, "");
        });
        out.add(change(kind, is, before, after));
    }

    private static NodeChange change(ChangeKind kind, PlanNode node, Map<String, String> before,
            Map<String, String> after) {
        return new NodeChange(kind, node.id(), node.label(), CompactJson.object(before), CompactJson.object(after));
    }

    private static Map<String, String> identity(PlanNode node, Placements placements) {
        var out = new LinkedHashMap<String, String>();
        out.put("codice", node.code());
        out.put("titolo", node.title());
        out.putAll(place(node.id(), placements));
        out.put("peso", ItalianFormat.format(node.weight()));
        return out;
    }

    private static Map<String, String> place(NodeId id, Placements placements) {
        var out = new LinkedHashMap<String, String>();
        out.put("sotto", placements.parentLabel(id));
        out.put("posizione", String.valueOf(placements.position(id)));
        return out;
    }

    private static Map<String, String> definition(PlanNode node) {
        var out = new LinkedHashMap<String, String>();
        out.put("codice", node.code());
        out.put("titolo", node.title());
        if (node instanceof Indicator i) {
            out.put("algoritmo", i.definition().algorithm());
            out.put("unita", i.definition().unit().symbol());
            out.put("fonte", i.definition().dataSource());
            out.put("responsabile", i.definition().owner());
        }
        return out;
    }

    private static Map<String, String> weights(PlanNode node) {
        var out = new LinkedHashMap<String, String>();
        out.put("peso", ItalianFormat.format(node.weight()));
        if (node instanceof StrategicObjective os) {
            out.put("peso indicatori", ItalianFormat.format(os.indicatorGroupWeight()));
            out.put("peso obiettivi operativi", ItalianFormat.format(os.operationalGroupWeight()));
        }
        return out;
    }

    private static <T> Map<String, String> byYear(PlanNode node,
            Function<IndicatorDefinition, SortedMap<Integer, T>> column,
            Function<T, String> format) {
        var out = new LinkedHashMap<String, String>();
        if (node instanceof Indicator i) {
            column.apply(i.definition()).forEach((year, value) -> out.put(String.valueOf(year), format.apply(value)));
        }
        return out;
    }
}
