package it.traguardi.web.compare;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.IndicatorAcrossEntities;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import java.util.List;
import java.util.Objects;

/**
 * Confronto tra enti, the page {@value #PATH}{@code ?anno=2025&codice=1.1.b}: the form, and the
 * indicator of that code in the plan of every entity the requester may read, with its target,
 * actual and achievement at the period. A query that cannot be read is shown again with its
 * problems (422); a sound one that matches nothing says so.
 */
public final class ComparisonPages {

    public static final String PATH = "/confronto-enti";

    private final EntityComparison comparison;
    private final Templates templates;

    public ComparisonPages(EntityComparison comparison, Templates templates) {
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public void page(Context ctx) {
        var m = Language.of(ctx);
        var layout = Layout.of(ctx, m, m.get("web.entities.title"));
        var asked = ctx.queryParam(EntityComparison.YEAR) != null || ctx.queryParam(EntityComparison.CODE) != null;
        var query = EntityComparison.read(ctx);
        var fields = fields(ctx, asked ? query : null, m);
        if (!asked || !query.sound()) {
            templates.render(ctx.status(asked ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK), "compare/entities.jte",
                    new ComparisonPage(layout, fields, "", List.of(), ""));
            return;
        }
        var rows = comparison.rows(ctx, query).stream().map(row -> row(row, m)).toList();
        var summary = m.get("web.entities.summary", rows.size(), query.code(), query.period().format());
        templates.render(ctx, "compare/entities.jte", new ComparisonPage(layout, fields, summary, rows,
                api(query)));
    }

    /** The same rows from the API, in JSON. */
    static String api(EntityComparison.Query query) {
        return "/api/v1/indicators/" + PlanAddress.encode(query.code()) + "/entities?year=" + query.year()
                + "&period=" + query.period().format();
    }

    private static ComparisonPage.Fields fields(Context ctx, EntityComparison.Query query, Messages m) {
        return new ComparisonPage.Fields(text(ctx, EntityComparison.YEAR), text(ctx, EntityComparison.CODE),
                text(ctx, EntityComparison.PERIOD), problem(query, EntityComparison.YEAR, m),
                problem(query, EntityComparison.CODE, m), problem(query, EntityComparison.PERIOD, m));
    }

    private static String text(Context ctx, String name) {
        return Objects.requireNonNullElse(ctx.queryParam(name), "");
    }

    private static String problem(EntityComparison.Query query, String field, Messages m) {
        if (query == null) {
            return "";
        }
        return query.problems().stream().filter(p -> p.field().equals(field)).findFirst()
                .map(p -> m.render(p.message())).orElse("");
    }

    private static ComparisonPage.Row row(IndicatorAcrossEntities.Row row, Messages m) {
        var plan = PlanAddress.href(row.entity(), row.year());
        return new ComparisonPage.Row(row.entity(), plan, row.indicator().title(),
                plan + "/indicatori/" + row.indicator().id().value(), ShownFormat.of(row.target()),
                ResultFormat.actual(row.actual()), ResultFormat.achievement(row.score()));
    }
}
