package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.plan.NodeId;
import it.traguardi.store.Actor;
import it.traguardi.web.access.Actors;
import it.traguardi.web.result.Results;
import it.traguardi.web.result.ScoredNode;
import java.util.List;
import java.util.function.Function;

/**
 * Notes written on a node, as the comments ({@code NodesApi}) and the valutatore's remarks
 * ({@code ValidationApi}) are: the node of the path (404 naming it), the list of its notes as
 * {@code {"<name>": [...]}}, and a new note stored and answered 201 in the shape of the list's items.
 * How a note is read from the request (and who may write one) is each kind's own.
 */
final class NodeNotes<T> {

    /** The notes of a kind on a node, oldest first: the store's reading. */
    interface Listed<T> {
        List<T> of(String entity, int year, NodeId node);
    }

    /** A note kept with its author: the store's writing. */
    interface Kept<T> {
        void add(String entity, int year, T note, Actor author);
    }

    /** The note the request asks to add on the node, by the author; a refusal is thrown as a problem. */
    interface Reading<T> {
        T note(Context ctx, ScoredNode located, Actor author);
    }

    private final Results results;
    private final String name;
    private final Listed<T> listed;
    private final Kept<T> kept;
    private final Function<T, ObjectNode> shape;

    NodeNotes(Results results, String name, Listed<T> listed, Kept<T> kept, Function<T, ObjectNode> shape) {
        this.results = results;
        this.name = name;
        this.listed = listed;
        this.kept = kept;
        this.shape = shape;
    }

    void list(Context ctx) {
        var located = locate(results, ctx);
        var plan = located.result().plan();
        var out = Json.object();
        var array = out.putArray(name);
        listed.of(plan.entity(), plan.year(), located.node().id()).forEach(note -> array.add(shape.apply(note)));
        Json.write(ctx, 200, out);
    }

    void add(Context ctx, Reading<T> reading) {
        var located = locate(results, ctx);
        var plan = located.result().plan();
        var author = Actors.of(ctx);
        var note = reading.note(ctx, located, author);
        kept.add(plan.entity(), plan.year(), note, author);
        Json.write(ctx, 201, shape.apply(note));
    }

    /** The node of the path; 404 naming it and the plan when the plan has no such node. */
    static ScoredNode locate(Results results, Context ctx) {
        try {
            return results.node(ctx);
        } catch (NotFoundResponse e) {
            var key = PlanKey.of(ctx);
            throw new ProblemException(new ProblemDetail(404, "not-found",
                    ApiTexts.of(ctx).text("detail.node-not-found", ctx.pathParam("id"), key.entity(), key.year())));
        }
    }
}
