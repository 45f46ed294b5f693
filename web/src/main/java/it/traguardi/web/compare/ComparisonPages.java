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
 * Confronto tra enti, the page {@value #PATH}{@code ?anno=2025&codice=1.1.b[&pagina=2]}: the form,
 * and the indicator of that code in the plan of every entity the requester may read, with its
 * target, actual and achievement at the period, {@value #PAGE_SIZE} entities a page with links to
 * the previous and next pages. A query that cannot be read is shown again with its problems (422);
 * a sound one that matches nothing says so; a page number past the end shows the last page.
 */
public final class ComparisonPages {

    public static final String PATH = "/confronto-enti";

    /** The query parameter of the page number, from 1. */
    public static final String PAGE = "pagina";

    static final int PAGE_SIZE = EntityComparison.DEFAULT_LIMIT;

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
                    new ComparisonPage(layout, fields, "", List.of(), ComparisonPage.Pager.NONE, ""));
            return;
        }
        var found = rows(ctx, query);
        var rows = found.rows().stream().map(row -> row(row, m)).toList();
        var summary = m.get("web.entities.summary", found.total(), query.code(), query.period().format());
        templates.render(ctx, "compare/entities.jte", new ComparisonPage(layout, fields, summary, rows,
                pager(ctx, found, m), api(query, found.offset())));
    }

    /** The rows of the page asked for; of the last page when asked for one past it. */
    private EntityComparison.RowsPage rows(Context ctx, EntityComparison.Query query) {
        var asked = pageNumber(ctx);
        var first = comparison.rows(ctx, query, (asked - 1) * PAGE_SIZE, PAGE_SIZE);
        // the last page, counted from the first answer's total
        var last = Math.max(1, (first.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return asked > last ? comparison.rows(ctx, query, (last - 1) * PAGE_SIZE, PAGE_SIZE) : first;
    }

    /** The page asked for, from 1 (and small enough that its first row is an int); 1 when not given or unreadable. */
    private static int pageNumber(Context ctx) {
        try {
            var page = Integer.parseInt(Objects.requireNonNullElse(ctx.queryParam(PAGE), "1").strip());
            return Math.clamp(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static ComparisonPage.Pager pager(Context ctx, EntityComparison.RowsPage found, Messages m) {
        var query = java.util.stream.Stream.of(EntityComparison.YEAR, EntityComparison.CODE, EntityComparison.PERIOD,
                "lang").filter(n -> ctx.queryParam(n) != null && !ctx.queryParam(n).isBlank())
                .map(n -> n + "=" + PlanAddress.encode(ctx.queryParam(n).strip()) + "&")
                .collect(java.util.stream.Collectors.joining());
        return pager(PATH + "?" + query, found.total(), found.offset() / PAGE_SIZE + 1, m);
    }

    /**
     * The links around page {@code page} (from 1) of {@code total} rows, {@value #PAGE_SIZE} a page,
     * to {@code href} followed by the page parameter; none when every row fits in one page.
     */
    static ComparisonPage.Pager pager(String href, int total, int page, Messages m) {
        if (total <= PAGE_SIZE) {
            return ComparisonPage.Pager.NONE;
        }
        var pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        var from = (page - 1) * PAGE_SIZE + 1;
        return new ComparisonPage.Pager(m.get("web.entities.range", from, Math.min(total, page * PAGE_SIZE), total),
                m.get("web.entities.page.current", page, pages),
                page > 1 ? href + PAGE + "=" + (page - 1) : "", page < pages ? href + PAGE + "=" + (page + 1) : "");
    }

    /** The same rows from the API, in JSON: those of this page. */
    static String api(EntityComparison.Query query, int offset) {
        return "/api/v1/indicators/" + PlanAddress.encode(query.code()) + "/entities?year=" + query.year()
                + "&period=" + query.period().format() + "&offset=" + offset + "&limit=" + PAGE_SIZE;
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
