package it.traguardi.web.report;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.render.HtmlReport;
import it.traguardi.web.BusyPage;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.NotFoundPage;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.Action;
import it.traguardi.web.result.ShownPlans;
import it.traguardi.web.values.EntryPages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Relazioni e report: the list of a plan's reports ({@code /piani/{e}/{y}/report}), each report's
 * page ({@code /report/relazione}) and its files ({@code /report/relazione.pdf}), of the version
 * the request is shown ({@link ShownPlans}: the public only ever the latest approved). The page and
 * the files come from one model built per request; files are made in a {@link RenderSlots slot}.
 */
public final class ReportPages {

    public static final String PATH = "/report";

    private final ShownPlans shown;
    private final StoredReports reports;
    private final Templates templates;

    public ReportPages(ShownPlans shown, StoredReports reports, Templates templates) {
        this.shown = shown;
        this.reports = reports;
        this.templates = templates;
    }

    public void register(RoutesConfig routes) {
        routes.get("/piani/{entity}/{year}" + PATH, this::index, Action.READ);
        routes.get("/piani/{entity}/{year}" + PATH + "/{report}", this::report, Action.READ);
    }

    /** The address of a plan's reports page. */
    public static String href(String entity, int year) {
        return PlanAddress.href(entity, year) + PATH;
    }

    /** The address of an objective's scheda. */
    public static String schedaHref(String entity, int year, PlanNode objective) {
        return href(entity, year) + "/scheda?" + ReportRequest.OBJECTIVE + "=%23" + objective.id().value();
    }

    void index(Context ctx) {
        var plan = plan(ctx);
        var m = Language.of(ctx);
        var entries = Arrays.stream(ReportKind.values()).map(kind -> new ReportsPage.Entry(ReportRequest.name(kind),
                m.get("web.report.name." + ReportRequest.name(kind)), m.get("web.report.about." + ReportRequest.name(kind)),
                href(plan.entity(), plan.year()) + "/" + ReportRequest.name(kind) + query(version(ctx)))).toList();
        var notice = version(ctx).isEmpty() ? "" : m.get("web.report.version", ctx.queryParam(ShownPlans.PARAMETER));
        templates.render(ctx, "report/reports.jte", new ReportsPage(Layout.of(ctx, m, m.get("web.report.title")),
                m.get("web.plan.title", plan.entity(), plan.year()), PlanAddress.href(plan.entity(), plan.year()), notice,
                entries));
    }

    void report(Context ctx) {
        var request = ReportRequest.of(ctx);
        var plan = plan(ctx);
        var m = Language.of(ctx);
        var periods = reports.periods(plan);
        try {
            if (request.format().isPresent()) {
                download(ctx, plan, request, m);
            } else {
                page(ctx, plan, request, reports.period(plan, request.kind(), request.period(), periods), periods, m);
            }
        } catch (ReportRefusedException e) {
            ctx.status(e.status());
            NotFoundPage.answeredByHandler(ctx);
            var page = new Shown(plan, request, Optional.empty(), periods);
            render(ctx, page, m.get("web.report.name." + ReportRequest.name(request.kind())), "", m.render(e.problem()), m);
        }
    }

    private Plan plan(Context ctx) {
        return PlanAddress.find(ctx, (entity, year) -> shown.find(ctx, entity, year));
    }

    private void download(Context ctx, Plan plan, ReportRequest request, Messages m) {
        var format = request.format().orElseThrow();
        var file = reports.file(plan, request.kind(), format, request.period(), request.objective(), m);
        if (file.isEmpty()) {
            ctx.status(503).header("Retry-After", Long.toString(RenderSlots.WAIT.toSeconds()));
            templates.render(ctx, "layout/busy.jte", new BusyPage(Layout.of(ctx, m, m.get("web.report.busy.title")),
                    m.get("web.report.busy.text"), PlanAddress.href(plan.entity(), plan.year())));
            return;
        }
        ReportFiles.send(ctx, format, file.get().name(), file.get().bytes());
    }

    /** The page: a scheda without its objective asks for one; else the report made now, at the period. */
    private void page(Context ctx, Plan plan, ReportRequest request, Period at, List<Period> periods, Messages m) {
        var shownAt = new Shown(plan, request, Optional.of(at), periods);
        if (request.kind() == ReportKind.SCHEDA && request.objective().isEmpty()) {
            render(ctx, shownAt, m.get("web.report.name.scheda"), m.get("web.report.objective.prompt"), "", m);
            return;
        }
        var report = reports.make(plan, request.kind(), at, request.objective(), m);
        render(ctx, shownAt.with(report), report.title(), "", "", m);
    }

    /** What the page shows: the plan, the request, the period it was made at and the report, when made. */
    private record Shown(Plan plan, ReportRequest request, Optional<Period> at, List<Period> periods,
            Optional<Report> report) {

        Shown(Plan plan, ReportRequest request, Optional<Period> at, List<Period> periods) {
            this(plan, request, at, periods, Optional.empty());
        }

        Shown with(Report made) {
            return new Shown(plan, request, at, periods, Optional.of(made));
        }
    }

    private void render(Context ctx, Shown shown, String title, String prompt, String refusal, Messages m) {
        var plan = shown.plan();
        var name = ReportRequest.name(shown.request().kind());
        var action = href(plan.entity(), plan.year()) + "/" + name;
        var body = shown.report().map(r -> HtmlReport.body(r, m)).orElse("");
        var downloads = shown.report().map(r -> downloads(action, shown, version(ctx), m)).orElse(List.of());
        templates.render(ctx, "report/page.jte", new ReportPage(Layout.of(ctx, m, title),
                m.get("web.plan.title", plan.entity(), plan.year()), PlanAddress.href(plan.entity(), plan.year()),
                href(plan.entity(), plan.year()) + query(version(ctx)), m.get("web.report.help." + name), action,
                choices(shown, m), hidden(ctx), downloads, body, refusal, prompt));
    }

    private static List<ReportPage.Download> downloads(String action, Shown shown, Optional<String> version,
            Messages m) {
        var parameters = new ArrayList<String>();
        if (shown.request().kind() != ReportKind.ALBERATURA) {
            shown.at().ifPresent(at -> parameters.add(ReportRequest.PERIOD + "=" + at.format()));
        }
        shown.request().objective().ifPresent(o -> parameters.add(ReportRequest.OBJECTIVE + "=" + PlanAddress.encode(o)));
        version.ifPresent(v -> parameters.add(ShownPlans.PARAMETER + "=" + PlanAddress.encode(v)));
        var query = parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        return Arrays.stream(ReportFormat.values()).map(f -> new ReportPage.Download(f.name(),
                action + "." + f.extension() + query, m.get("web.report.download." + f.extension()))).toList();
    }

    /** The period chooser (every report but the alberatura) and the scheda's objective chooser. */
    private static List<ReportPage.Choice> choices(Shown shown, Messages m) {
        var kind = shown.request().kind();
        var out = new ArrayList<ReportPage.Choice>();
        if (kind != ReportKind.ALBERATURA) {
            var periods = new ArrayList<>(shown.periods());
            if (periods.isEmpty() && kind == ReportKind.SCHEDA) {
                periods.add(Period.of(shown.plan().year()));
            }
            if (!periods.isEmpty()) {
                var at = shown.at().orElse(periods.getLast());
                out.add(new ReportPage.Choice(ReportRequest.PERIOD, m.get("web.report.choose.period"), periods.stream()
                        .map(p -> new ReportPage.Option(p.format(), EntryPages.periodLabel(p, m), p.equals(at))).toList()));
            }
        }
        if (kind == ReportKind.SCHEDA) {
            out.add(new ReportPage.Choice(ReportRequest.OBJECTIVE, m.get("web.report.choose.objective"),
                    objectives(shown.plan(), shown.request().objective())));
        }
        return out;
    }

    /** The plan's objectives, each by its code, or by {@code #id} when another objective has the same code. */
    private static List<ReportPage.Option> objectives(Plan plan, Optional<String> asked) {
        var objectives = plan.nodes().stream().filter(n -> n.kind() == NodeKind.STRATEGIC_OBJECTIVE
                || n.kind() == NodeKind.OPERATIONAL_OBJECTIVE).toList();
        return objectives.stream().map(n -> {
            var repeated = !n.hasCode() || objectives.stream().filter(o -> o.code().equals(n.code())).count() > 1;
            var value = repeated ? "#" + n.id().value() : n.code();
            var selected = asked.filter(a -> a.equals(value) || a.equals("#" + n.id().value())).isPresent();
            return new ReportPage.Option(value, n.label(), selected);
        }).toList();
    }

    private static List<ReportPage.Hidden> hidden(Context ctx) {
        return version(ctx).map(v -> List.of(new ReportPage.Hidden(ShownPlans.PARAMETER, v))).orElse(List.of());
    }

    /** The version asked for by name, carried on every link and form of these pages. */
    private static Optional<String> version(Context ctx) {
        return ShownPlans.asked(ctx) ? Optional.of(ctx.queryParam(ShownPlans.PARAMETER).strip()) : Optional.empty();
    }

    private static String query(Optional<String> version) {
        return version.map(v -> "?" + ShownPlans.PARAMETER + "=" + PlanAddress.encode(v)).orElse("");
    }
}
