package it.traguardi.web.plan.edit;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The editable fields of nodes, as text, and what changed in them between two versions of a plan. */
public final class NodeDiff {

    static final String ABSENT = "—";

    private NodeDiff() {
    }

    /** A node as the edit forms show it: its label and its editable fields as text, by their API names. */
    public record NodeText(String label, Map<String, String> fields) {
        public NodeText {
            Objects.requireNonNull(label, "label");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** The fields that differ, for each of the given nodes, between {@code before} and {@code after}. */
    public static List<FieldChange> between(Plan before, Plan after, List<NodeId> nodes, Messages m) {
        return between(texts(before), texts(after), nodes, m);
    }

    /** Every node of the plan as the forms show it, by its id. */
    public static Map<NodeId, NodeText> texts(Plan plan) {
        var out = new LinkedHashMap<NodeId, NodeText>();
        plan.nodes().forEach(node -> out.put(node.id(), new NodeText(node.label(), fields(node))));
        return out;
    }

    /** The fields that differ, for each of the given nodes, between two versions as the forms showed them. */
    public static List<FieldChange> between(Map<NodeId, NodeText> before, Map<NodeId, NodeText> after, List<NodeId> nodes,
            Messages m) {
        var out = new ArrayList<FieldChange>();
        for (var id : nodes) {
            var was = Optional.ofNullable(before.get(id));
            var now = Optional.ofNullable(after.get(id));
            var label = now.or(() -> was).map(NodeText::label).orElse(id.toString());
            var old = was.map(NodeText::fields).orElse(Map.of());
            var current = now.map(NodeText::fields).orElse(Map.of());
            if (was.isPresent() != now.isPresent()) {
                out.add(new FieldChange(id, label, "node", m.get("web.edit.field.node"),
                        was.isPresent() ? label : ABSENT, now.isPresent() ? label : m.get("web.edit.deleted")));
                continue;
            }
            var names = new LinkedHashSet<>(old.keySet());
            names.addAll(current.keySet());
            for (var name : names) {
                var a = old.getOrDefault(name, ABSENT);
                var b = current.getOrDefault(name, ABSENT);
                if (!a.equals(b)) {
                    out.add(new FieldChange(id, label, name, label(name, m), a, b));
                }
            }
        }
        return out;
    }

    /** Every editable field of a node, in Italian format, by its API name. */
    public static Map<String, String> fields(PlanNode node) {
        var out = new LinkedHashMap<String, String>();
        out.put("code", node.code().isEmpty() ? ABSENT : node.code());
        out.put("title", node.title());
        out.put("weight", ItalianFormat.format(node.weight()));
        if (node instanceof StrategicObjective os) {
            out.put("indicatorGroupWeight", ItalianFormat.format(os.indicatorGroupWeight()));
            out.put("operationalGroupWeight", ItalianFormat.format(os.operationalGroupWeight()));
        }
        if (node instanceof Indicator indicator) {
            var d = indicator.definition();
            out.put("algorithm", d.algorithm().isEmpty() ? ABSENT : d.algorithm());
            out.put("formula", d.formula().isEmpty() ? ABSENT : d.formula());
            out.put("unit", d.unit().name());
            out.put("source", d.dataSource().isEmpty() ? ABSENT : d.dataSource());
            out.put("owner", d.owner().isEmpty() ? ABSENT : d.owner());
            d.baselines().forEach((year, value) -> out.put("baseline." + year, ItalianFormat.format(value)));
            d.targetWritings().forEach((year, text) -> out.put("target." + year, text));
        }
        return out;
    }

    static String label(String field, Messages m) {
        if (field.startsWith("target.")) {
            return m.get("web.edit.field.target", field.substring("target.".length()));
        }
        if (field.startsWith("baseline.")) {
            return m.get("web.edit.field.baseline", field.substring("baseline.".length()));
        }
        return m.get("web.edit.field." + field);
    }
}
