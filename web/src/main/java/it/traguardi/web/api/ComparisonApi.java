package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.IndicatorAcrossEntities;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.compare.EntityComparison;

/**
 * {@code GET /api/v1/indicators/{code}/entities?year=2025[&period=2025-06-30][&offset=0][&limit=100]}:
 * the indicator of that code in the plan of every entity the requester may read, as the page
 * {@code /confronto-enti} shows it ({@link EntityComparison}), by entity name, {@code limit} rows
 * (at most {@value EntityComparison#MAX_LIMIT}) from the {@code offset}-th, with how many there are in
 * all; a year, period, offset or limit that cannot be read is a 400 problem.
 */
final class ComparisonApi {

    private final EntityComparison comparison;

    ComparisonApi(EntityComparison comparison) {
        this.comparison = comparison;
    }

    void entities(Context ctx) {
        var query = EntityComparison.read(ctx.queryParam("year"), ctx.pathParam("code"), ctx.queryParam("period"));
        if (!query.sound()) {
            var language = ApiTexts.of(ctx);
            var problem = query.problems().getFirst();
            throw new ProblemException(new ProblemDetail(400, "bad-request",
                    parameter(problem.field()) + ": " + language.messages().render(problem.message())));
        }
        var offset = number(ctx, "offset", 0, Integer.MAX_VALUE, 0);
        var limit = number(ctx, "limit", 1, EntityComparison.MAX_LIMIT, EntityComparison.DEFAULT_LIMIT);
        var page = comparison.rows(ctx, query, offset, limit);
        var out = Json.object().put("code", query.code()).put("year", query.year()).put("period", query.period().format())
                .put("total", page.total()).put("offset", offset).put("limit", limit);
        var entities = out.putArray("entities");
        for (var row : page.rows()) {
            entities.add(row(row));
        }
        Json.write(ctx, 200, out);
    }

    /** The API's name of a field of the comparison's query (the page names them in Italian). */
    private static String parameter(String field) {
        return switch (field) {
            case EntityComparison.YEAR -> "year";
            case EntityComparison.CODE -> "code";
            case EntityComparison.PERIOD -> "period";
            default -> field;
        };
    }

    /** A whole number query parameter within bounds, or its default when absent; 400 naming it otherwise. */
    private static int number(Context ctx, String name, int min, int max, int absent) {
        return QueryNumbers.of(ctx, name, min, max, absent, text -> new ProblemDetail(400, "bad-request",
                name + ": " + ApiTexts.of(ctx).messages().get("web.entities.problem.number", text, min, max)));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode row(IndicatorAcrossEntities.Row row) {
        var plan = PlanAddress.href(row.entity(), row.year());
        var out = Json.object().put("entity", row.entity()).put("nodeId", row.indicator().id().value())
                .put("title", row.indicator().title()).put("target", ShownFormat.of(row.target()))
                .put("actual", ResultFormat.actual(row.actual()));
        switch (row.score()) {
            case Score.Scored s -> out.put("achievement", s.achievement().percent());
            case Score.NotAvailable n -> out.putNull("achievement");
        }
        return out.put("href", plan + "/indicatori/" + row.indicator().id().value());
    }
}
