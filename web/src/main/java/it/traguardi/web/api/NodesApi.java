package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.json.ScoreJson;
import it.traguardi.store.CommentStore;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.result.Results;
import java.time.Instant;

/** One node of a plan: its definition, actual, score with explanation, and its comments. */
final class NodesApi {

    private final Results results;
    private final NodeNotes<Comment> comments;
    private final AccessGate gate;

    NodesApi(Results results, CommentStore comments, AccessGate gate) {
        this.gate = gate;
        this.results = results;
        this.comments = new NodeNotes<>(results, "comments", comments::of, comments::add, NodesApi::comment);
    }

    void node(Context ctx) {
        var located = NodeNotes.locate(results, ctx);
        var node = located.node();
        var out = Json.object().put("entity", located.result().plan().entity()).put("year", located.result().plan().year())
                .put("kind", node.kind().name()).put("id", node.id().value()).put("code", node.code())
                .put("title", node.title()).put("weight", node.weight().percent());
        if (node instanceof Indicator indicator) {
            out.set("definition", definition(indicator));
            var actual = located.result().actuals().get(indicator.id());
            out.put("actual", actual == null ? null : ResultFormat.actual(actual));
        }
        var score = ScoreJson.node(located.score(), located.result().plan().year(), located.result().actuals(),
                ApiTexts.of(ctx).messages());
        score.remove("children");
        out.set("score", score);
        Json.write(ctx, 200, out);
    }

    void comments(Context ctx) {
        comments.list(ctx);
    }

    void addComment(Context ctx) {
        comments.add(ctx, (request, located, author) -> {
            gate.requireNode(request, Action.COMMENT, located.result().plan(), located.node().id());
            var text = text(request);
            Comment.problem(text).ifPresent(key -> {
                throw new ProblemException(new ProblemDetail(422, "invalid-data", ApiTexts.of(request).messages().render(key)));
            });
            return new Comment(located.node().id(), text, author.name(), Instant.now());
        });
    }

    private static String text(Context ctx) {
        try {
            var body = Json.read(ctx.body());
            return body.path("text").asText("").strip();
        } catch (Exception e) {
            throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.bad-comment")));
        }
    }

    private static ObjectNode definition(Indicator indicator) {
        var d = indicator.definition();
        var out = Json.object().put("algorithm", d.algorithm()).put("formula", d.formula())
                .put("unit", d.unit().symbol()).put("source", d.dataSource()).put("owner", d.owner());
        var baselines = out.putObject("baselines");
        d.baselines().forEach((year, value) -> baselines.put(year.toString(), ItalianFormat.format(value)));
        var targets = out.putObject("targets");
        d.targetWritings().forEach((year, text) -> targets.put(year.toString(), text));
        var understood = out.putObject("understoodTargets");
        d.targets().forEach((year, target) -> understood.put(year.toString(), ItalianFormat.format(target)));
        return out;
    }

    static ObjectNode comment(Comment c) {
        return Json.object().put("text", c.text()).put("author", c.author()).put("createdAt", c.createdAt().toString());
    }
}
