package it.traguardi.web.api;

import it.traguardi.web.access.Actors;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.json.ScoreJson;
import it.traguardi.store.CommentStore;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.result.Results;
import it.traguardi.web.result.ScoredNode;
import java.time.Instant;

/** One node of a plan: its definition, actual, score with explanation, and its comments. */
final class NodesApi {

    private final Results results;
    private final CommentStore comments;

    private final AccessGate gate;

    NodesApi(Results results, CommentStore comments, AccessGate gate) {
        this.gate = gate;
        this.results = results;
        this.comments = comments;
    }

    void node(Context ctx) {
        var located = locate(ctx);
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
        var located = locate(ctx);
        var plan = located.result().plan();
        var out = Json.object();
        var array = out.putArray("comments");
        comments.of(plan.entity(), plan.year(), located.node().id()).forEach(c -> array.add(comment(c)));
        Json.write(ctx, 200, out);
    }

    void addComment(Context ctx) {
        var located = locate(ctx);
        gate.requireNode(ctx, Action.COMMENT, located.result().plan(), located.node().id());
        var text = text(ctx);
        var language = ApiTexts.of(ctx);
        Comment.problem(text).ifPresent(key -> {
            throw new ProblemException(new ProblemDetail(422, "invalid-data", language.messages().render(key)));
        });
        var plan = located.result().plan();
        var author = Actors.of(ctx);
        var comment = new Comment(located.node().id(), text, author.name(), Instant.now());
        comments.add(plan.entity(), plan.year(), comment, author);
        Json.write(ctx, 201, comment(comment));
    }

    private static String text(Context ctx) {
        try {
            var body = Json.read(ctx.body());
            return body.path("text").asText("").strip();
        } catch (Exception e) {
            throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.bad-comment")));
        }
    }

    private ScoredNode locate(Context ctx) {
        try {
            return results.node(ctx);
        } catch (NotFoundResponse e) {
            var key = PlanKey.of(ctx);
            throw new ProblemException(new ProblemDetail(404, "not-found",
                    ApiTexts.of(ctx).text("detail.node-not-found", ctx.pathParam("id"), key.entity(), key.year())));
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
