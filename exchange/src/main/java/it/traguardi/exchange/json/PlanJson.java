package it.traguardi.exchange.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as JSON, schema {@code traguardi.plan/1} (docs/plan-json.md): the tree with every field.
 * Numbers are exact JSON decimals as stored (scale kept); each value and target also carries its
 * Italian text.
 */
public final class PlanJson {

    public static final String SCHEMA = "traguardi.plan/1";

    private PlanJson() {
    }

    public static String write(Plan plan) {
        return JsonText.write(tree(plan), "plan");
    }

    public static ObjectNode tree(Plan plan) {
        var root = JsonText.object();
        root.put("schema", SCHEMA);
        root.put("entity", plan.entity());
        root.put("year", plan.year());
        plan.baselineYears().forEach(root.putArray("baselineYears")::add);
        plan.targetYears().forEach(root.putArray("targetYears")::add);
        var areas = root.putArray("areas");
        plan.areas().forEach(a -> area(areas.addObject(), a));
        return root;
    }

    private static void area(ObjectNode node, StrategicArea area) {
        common(node, area);
        var objectives = node.putArray("objectives");
        area.objectives().forEach(os -> strategic(objectives.addObject(), os));
    }

    private static void strategic(ObjectNode node, StrategicObjective os) {
        common(node, os);
        var indicators = node.putObject("indicatorGroup");
        indicators.put("weight", os.indicatorGroupWeight().percent());
        var list = indicators.putArray("indicators");
        os.indicators().forEach(i -> indicator(list.addObject(), i));
        var operational = node.putObject("operationalGroup");
        operational.put("weight", os.operationalGroupWeight().percent());
        var objectives = operational.putArray("objectives");
        os.operationalObjectives().forEach(oo -> operational(objectives.addObject(), oo));
    }

    private static void operational(ObjectNode node, OperationalObjective oo) {
        common(node, oo);
        var indicators = node.putArray("indicators");
        oo.indicators().forEach(i -> indicator(indicators.addObject(), i));
    }

    private static void indicator(ObjectNode node, Indicator indicator) {
        common(node, indicator);
        var d = indicator.definition();
        node.put("algorithm", d.algorithm());
        node.put("formula", d.formula());
        node.put("unit", d.unit().name());
        node.put("dataSource", d.dataSource());
        node.put("owner", d.owner());
        byYear(node.putObject("baselines"), d.baselines(), PlanJson::value);
        var targets = node.putObject("targets");
        d.targets().forEach((year, t) -> target(targets.putObject(String.valueOf(year)), t, d.targetWritings().get(year)));
    }

    private static void common(ObjectNode node, PlanNode n) {
        node.put("id", n.id().value());
        node.put("kind", n.kind().name());
        node.put("code", n.code());
        node.put("title", n.title());
        node.put("weight", n.weight().percent());
        node.put("weightText", ItalianFormat.format(n.weight()));
    }

    private static <V> void byYear(ObjectNode node, Map<Integer, V> values,
            java.util.function.BiConsumer<ObjectNode, V> write) {
        values.forEach((year, v) -> write.accept(node.putObject(String.valueOf(year)), v));
    }

    private static void value(ObjectNode node, Value value) {
        node.put("text", ItalianFormat.format(value));
        switch (value) {
            case Value.Amount n -> quantity(node.put("kind", "number"), n.quantity());
            case Value.Day d -> node.put("kind", "date").put("date", d.date().toString());
            case Value.Flag f -> node.put("kind", "flag").put("yes", f.yes());
            case Value.Missing m -> node.put("kind", "missing");
        }
    }

    /** A target: {@code text} as the plan wrote it, {@code understood} in the file form of its reading. */
    private static void target(ObjectNode node, Target target, String text) {
        node.put("text", text);
        node.put("understood", ItalianFormat.format(target));
        switch (target) {
            case Target.AtLeast t -> quantity(node.put("kind", "atLeast").put("notation", notation(t.notation())),
                    t.threshold());
            case Target.AtMost t -> quantity(node.put("kind", "atMost").put("notation", notation(t.notation())),
                    t.threshold());
            case Target.Exactly t -> quantity(node.put("kind", "exactly"), t.value());
            case Target.Between t -> {
                node.put("kind", "between").put("low", t.low().amount()).put("high", t.high().amount());
                node.put("unit", t.low().unit().name());
            }
            case Target.Deadline t -> node.put("kind", "deadline").put("date", t.date().toString());
            case Target.Milestone t -> node.put("kind", "milestone").put("expected", t.expected());
            case Target.Missing t -> node.put("kind", "missing");
        }
    }

    private static void quantity(ObjectNode node, Quantity q) {
        node.put("amount", q.amount()).put("unit", q.unit().name());
    }

    private static String notation(it.traguardi.core.value.Notation notation) {
        return notation.name().toLowerCase(Locale.ROOT);
    }
}
