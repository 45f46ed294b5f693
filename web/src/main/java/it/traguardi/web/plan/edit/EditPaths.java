package it.traguardi.web.plan.edit;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.plan.NodeId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the creation and editing pages. */
final class EditPaths {

    static final String NEW = "/piani/nuovo";

    private EditPaths() {
    }

    static String plan(String entity, int year) {
        return "/piani/" + URLEncoder.encode(entity, StandardCharsets.UTF_8).replace("+", "%20") + "/" + year;
    }

    static String edit(String entity, int year) {
        return plan(entity, year) + "/modifica";
    }

    static String node(String entity, int year, NodeId id) {
        return edit(entity, year) + "/nodi/" + id.value();
    }

    static String group(String entity, int year, String token) {
        return edit(entity, year) + "/gruppi/" + token;
    }

    /** The plan year in the path; a path that is not a plan is not found. */
    static int year(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    static NodeId id(Context ctx) {
        try {
            return new NodeId(Integer.parseInt(ctx.pathParam("id")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundResponse();
        }
    }

    /** A form field, stripped; empty when absent. */
    static String field(Context ctx, String name) {
        var value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    /** The version a form was loaded at; a form without one is a bad request. */
    static int version(Context ctx) {
        try {
            return Integer.parseInt(field(ctx, "versione"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse();
        }
    }
}
