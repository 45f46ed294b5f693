package it.traguardi.exchange.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Contribution;
import it.traguardi.core.score.Exclusion;
import it.traguardi.core.score.Explanation;
import it.traguardi.core.score.Part;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.score.Subject;
import it.traguardi.core.value.Value;
import java.util.Map;

/**
 * The scores of a plan as JSON, the one shape that {@code traguardi score --format json} and the
 * API's {@code /scores} write (README.md, "Command line"; the API adds the plan's {@code version}):
 * {@code entity}, {@code year}, {@code period} and the {@code root} node (the entity). Every node
 * has {@code kind}, {@code id}, {@code code}, {@code title}, {@code weight} (percent; null for the
 * entity), {@code achievement} (percent, null when N/D), {@code status}, {@code reason} (why it is
 * N/D, else null), {@code coverage} (what the score stands on: {@code measured} indicators of the
 * {@code counted} ones, carrying {@code share} percent of the node's weight), {@code provisional}
 * (a score standing on less of its weight than the plan's threshold), for indicators {@code target}
 * and {@code actual} as Italian text, its {@code explanation} and its {@code children}.
 */
public final class ScoreJson {

    private ScoreJson() {
    }

    /** The document as text, indented. */
    public static String write(Plan plan, Period period, ScoreTree tree, Map<NodeId, Value> actuals, Messages m) {
        return JsonText.write(document(plan, period, tree, actuals, m), "score");
    }

    /** The document: the plan, the period and the score tree. */
    public static ObjectNode document(Plan plan, Period period, ScoreTree tree, Map<NodeId, Value> actuals,
            Messages m) {
        var out = JsonText.object().put("entity", plan.entity()).put("year", plan.year())
                .put("period", period.format());
        out.set("root", node(tree.root(), plan.year(), actuals, m));
        return out;
    }

    /** One node of the tree for the plan year, with its children. */
    public static ObjectNode node(ScoreNode score, int year, Map<NodeId, Value> actuals, Messages m) {
        var out = JsonText.object();
        switch (score.subject()) {
            case Subject.Entity entity -> out.put("kind", "ENTITY").putNull("id").putNull("code")
                    .put("title", entity.name()).putNull("weight");
            case Subject.Node node -> out.put("kind", node.node().kind().name()).put("id", node.node().id().value())
                    .put("code", node.node().code()).put("title", node.node().title())
                    .put("weight", node.node().weight().percent());
        }
        switch (score.score()) {
            case Score.Scored s -> out.put("achievement", s.achievement().percent()).put("status", score.status().name())
                    .putNull("reason");
            case Score.NotAvailable n -> out.putNull("achievement").put("status", score.status().name())
                    .put("reason", m.render(n.reason()));
        }
        out.putObject("coverage").put("measured", score.coverage().measured())
                .put("counted", score.coverage().counted()).put("share", score.coverage().share());
        out.put("provisional", score.coverage().provisional());
        if (score.subject() instanceof Subject.Node n && n.node() instanceof Indicator indicator) {
            out.put("target", ResultFormat.target(indicator, year));
            out.put("actual", ResultFormat.actual(actuals.get(indicator.id())));
        }
        out.set("explanation", explanation(score.explanation(), m));
        var children = out.putArray("children");
        score.children().forEach(child -> children.add(node(child, year, actuals, m)));
        return out;
    }

    private static ObjectNode explanation(Explanation explanation, Messages m) {
        var out = JsonText.object();
        var contributions = out.putArray("contributions");
        explanation.contributors().forEach(c -> contribution(contributions, c, m));
        var exclusions = out.putArray("exclusions");
        explanation.excluded().forEach(e -> exclusion(exclusions, e, m));
        return out;
    }

    private static void contribution(ArrayNode array, Contribution c, Messages m) {
        var out = array.addObject();
        part(out, c.part(), m);
        out.put("weight", c.weight().percent()).put("effectiveWeight", c.effectiveWeightShown())
                .put("achievement", c.achievement().percent()).put("contribution", c.contributionShown())
                .put("countedAsZero", c.countedAsZero());
    }

    private static void exclusion(ArrayNode array, Exclusion e, Messages m) {
        var out = array.addObject();
        part(out, e.part(), m);
        out.put("weight", e.weight().percent()).put("reason", m.render(e.reason()));
    }

    private static void part(ObjectNode out, Part part, Messages m) {
        switch (part) {
            case Part.Child child -> out.put("part", "NODE").put("id", child.id().value()).put("label", child.label());
            case Part.Group group -> {
                out.put("part", "GROUP").put("group", group.kind().name());
                out.set("members", explanation(group.members(), m));
            }
        }
    }
}
