package it.traguardi.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.plan.NodeId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The address of a plan's pages, {@code /piani/{entity}/{year}}, both ways: the link to a plan,
 * and the plan (or node) a request names, where an address that names none is not found (404).
 */
public final class PlanAddress {

    private PlanAddress() {
    }

    /** The address of a plan's tree; entity names may hold spaces and other reserved characters. */
    public static String href(String entity, int year) {
        return "/piani/" + encode(entity) + "/" + year;
    }

    /** Text for a path segment or a query value: URL-encoded, spaces as {@code %20}. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What {@code find} gives for the request's entity and year; 404 when the year is no number or nothing is found. */
    public static <T> T find(Context ctx, BiFunction<String, Integer, Optional<T>> find) {
        return find.apply(ctx.pathParam("entity"), year(ctx)).orElseThrow(NotFoundResponse::new);
    }

    /** The plan year in the path; a path that is not a plan is not found. */
    public static int year(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    /** The node id in the path ({@code {id}}); one that is not a positive whole number is not found. */
    public static NodeId node(Context ctx) {
        return nodeId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    /** A node id from its text; empty when it is not a positive whole number. */
    public static Optional<NodeId> nodeId(String text) {
        try {
            var value = Integer.parseInt(text);
            return value > 0 ? Optional.of(new NodeId(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
