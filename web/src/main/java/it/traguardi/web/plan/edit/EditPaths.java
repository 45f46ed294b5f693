package it.traguardi.web.plan.edit;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import it.traguardi.core.plan.NodeId;
import it.traguardi.web.PlanAddress;

/** The addresses of the creation and editing pages. */
final class EditPaths {

    static final String NEW = "/piani/nuovo";

    private EditPaths() {
    }

    static String plan(String entity, int year) {
        return PlanAddress.href(entity, year);
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

    static NodeId id(Context ctx) {
        return PlanAddress.node(ctx);
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
