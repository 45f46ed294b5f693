package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.core.score.Contribution;
import it.traguardi.core.score.Exclusion;
import it.traguardi.core.score.Explanation;
import it.traguardi.core.score.Part;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Subject;

/**
 * The score tree as JSON: one object per node, its children nested under {@code children}.
 * Weights and achievements are percentages; achievements are shown with two decimals, or null
 * when N/D (with the {@code reason}).
 */
final class ScoreJson {

    private ScoreJson() {
    }

    static ObjectNode node(ScoreNode score, Language language) {
        var out = Json.object();
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
                    .put("reason", language.messages().render(n.reason()));
        }
        out.set("explanation", explanation(score.explanation(), language));
        var children = out.putArray("children");
        score.children().forEach(child -> children.add(node(child, language)));
        return out;
    }

    private static ObjectNode explanation(Explanation explanation, Language language) {
        var out = Json.object();
        var contributions = out.putArray("contributions");
        explanation.contributors().forEach(c -> contribution(contributions, c, language));
        var exclusions = out.putArray("exclusions");
        explanation.excluded().forEach(e -> exclusion(exclusions, e, language));
        return out;
    }

    private static void contribution(ArrayNode array, Contribution c, Language language) {
        var out = array.addObject();
        part(out, c.part(), language);
        out.put("weight", c.weight().percent()).put("effectiveWeight", c.effectiveWeightShown())
                .put("achievement", c.achievement().percent()).put("contribution", c.contributionShown())
                .put("countedAsZero", c.countedAsZero());
    }

    private static void exclusion(ArrayNode array, Exclusion e, Language language) {
        var out = array.addObject();
        part(out, e.part(), language);
        out.put("weight", e.weight().percent()).put("reason", language.messages().render(e.reason()));
    }

    private static void part(ObjectNode out, Part part, Language language) {
        switch (part) {
            case Part.Child child -> out.put("part", "NODE").put("id", child.id().value()).put("label", child.label());
            case Part.Group group -> {
                out.put("part", "GROUP").put("group", group.kind().name());
                out.set("members", explanation(group.members(), language));
            }
        }
    }
}
