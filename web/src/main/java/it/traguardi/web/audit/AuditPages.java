package it.traguardi.web.audit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.CsvTable;
import it.traguardi.store.AuditEntry;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.PlanStore;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Registro delle modifiche di un piano: the page {@code /piani/{ente}/{anno}/registro} (newest
 * first, {@value #PAGE_SIZE} entries a page, filtered by node, author, kind and days) and its CSV
 * export {@code registro.csv} of the same filtered view, every entry, formula cells neutralised.
 * Read only: nothing here changes an entry.
 */
public final class AuditPages {

    /** Path under a plan's address. */
    public static final String PATH = "/registro";
    /** Path of the CSV export under a plan's address. */
    public static final String CSV_PATH = "/registro.csv";
    static final int PAGE_SIZE = 50;

    private final PlanStore plans;
    private final AuditTrail audit;
    private final Templates templates;

    public AuditPages(PlanStore plans, AuditTrail audit, Templates templates) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The page of one node's entries: linked from its indicator or objective page. */
    public static String href(String entity, int year, it.traguardi.core.plan.NodeId node) {
        return PlanAddress.href(entity, year) + PATH + "?nodo=" + node.value();
    }

    public void page(Context ctx) {
        var m = Language.of(ctx);
        var entity = ctx.pathParam("entity");
        var year = PlanAddress.year(ctx);
        PlanAddress.find(ctx, plans::version);
        var query = AuditQuery.read(ctx, AuditQuery.Names.PAGE);
        var href = PlanAddress.href(entity, year);
        var layout = Layout.of(ctx, m, m.get("web.audit.title", entity, Integer.toString(year)));
        var total = query.problems().isEmpty() ? audit.count(query.filter()) : 0;
        var page = Math.max(0, Math.min(pageNumber(ctx), (int) ((Math.max(total, 1) - 1) / PAGE_SIZE)));
        var rows = query.problems().isEmpty()
                ? audit.list(query.filter(), (long) page * PAGE_SIZE, PAGE_SIZE, true).stream().map(e -> row(e, href, m)).toList()
                : java.util.List.<AuditPage.Row>of();
        var filters = filterQuery(ctx);
        var summary = query.problems().isEmpty() ? m.get("web.audit.summary", total,
                total == 0 ? 0 : page * PAGE_SIZE + 1, Math.min(total, (long) (page + 1) * PAGE_SIZE)) : "";
        var previous = page > 0 ? href + PATH + "?" + filters + "pagina=" + page : "";
        var next = (long) (page + 1) * PAGE_SIZE < total ? href + PATH + "?" + filters + "pagina=" + (page + 2) : "";
        templates.render(ctx.status(query.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT),
                "audit/trail.jte", new AuditPage(layout, href, href + PATH, fields(ctx, query, m), kinds(ctx, m), rows,
                        summary, previous, next, href + CSV_PATH + "?" + filters));
    }

    public void csv(Context ctx) {
        var m = Language.of(ctx);
        var entity = ctx.pathParam("entity");
        var year = PlanAddress.year(ctx);
        PlanAddress.find(ctx, plans::version);
        var query = AuditQuery.read(ctx, AuditQuery.Names.PAGE);
        if (!query.problems().isEmpty()) {
            var problem = query.problems().getFirst();
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType("text/plain; charset=utf-8")
                    .result(problem.parameter() + ": " + m.render(problem.message()));
            return;
        }
        var entries = audit.list(query.filter(), 0, Integer.MAX_VALUE, false);
        var name = ("registro-" + entity + "-" + year + ".csv").replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(CsvTable.write(AuditEntry.header(m), entries.stream().map(e -> e.cells(m)).toList()));
    }

    private static int pageNumber(Context ctx) {
        try {
            return Integer.parseInt(Objects.requireNonNullElse(ctx.queryParam("pagina"), "1").strip()) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The filters of the request, as {@code name=value&} for the links to other pages and to the CSV. */
    private static String filterQuery(Context ctx) {
        var names = AuditQuery.Names.PAGE;
        return java.util.stream.Stream.of(names.node(), names.user(), names.kind(), names.from(), names.to(), "lang")
                .filter(n -> ctx.queryParam(n) != null && !ctx.queryParam(n).isBlank())
                .map(n -> n + "=" + URLEncoder.encode(ctx.queryParam(n).strip(), StandardCharsets.UTF_8) + "&")
                .collect(Collectors.joining());
    }

    private static AuditPage.Fields fields(Context ctx, AuditQuery query, Messages m) {
        var names = AuditQuery.Names.PAGE;
        return new AuditPage.Fields(value(ctx, names.node()), value(ctx, names.user()), value(ctx, names.kind()),
                value(ctx, names.from()), value(ctx, names.to()), problem(query, names.node(), m),
                problem(query, names.user(), m), problem(query, names.kind(), m), problem(query, names.from(), m),
                problem(query, names.to(), m));
    }

    private static String value(Context ctx, String name) {
        return Objects.requireNonNullElse(ctx.queryParam(name), "").strip();
    }

    private static String problem(AuditQuery query, String name, Messages m) {
        return query.problems().stream().filter(p -> p.parameter().equals(name)).findFirst()
                .map(p -> m.render(p.message())).orElse("");
    }

    private static java.util.List<AuditPage.Choice> kinds(Context ctx, Messages m) {
        var chosen = value(ctx, AuditQuery.Names.PAGE.kind()).toLowerCase(Locale.ROOT);
        return Arrays.stream(ChangeKind.values()).map(k -> new AuditPage.Choice(k.name().toLowerCase(Locale.ROOT),
                m.get(k.key()), k.name().toLowerCase(Locale.ROOT).equals(chosen))).toList();
    }

    private static AuditPage.Row row(AuditEntry entry, String planHref, Messages m) {
        var cells = entry.cells(m);
        var nodeHref = entry.change().scope() instanceof AuditScope.OfNode n
                ? planHref + PATH + "?nodo=" + n.node().value() : "";
        return new AuditPage.Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(6), nodeHref,
                cells.get(7), cells.get(8), cells.get(9), cells.get(10), cells.get(11));
    }
}
