package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.web.report.RenderSlots;
import it.traguardi.web.report.ReportFiles;
import it.traguardi.web.report.ReportFormat;
import it.traguardi.web.report.ReportRefusedException;
import it.traguardi.web.report.ReportRequest;
import it.traguardi.web.report.StoredReports;
import it.traguardi.web.result.ShownPlans;
import java.util.Optional;

/**
 * A report of a plan as a file ({@code GET .../reports/{name}?format=pdf}), of the version the
 * caller is shown, made as the pages make it ({@link StoredReports}); what cannot make a report is
 * a problem with the same words as the page's, every slot busy a 503 {@code report-busy}.
 */
final class ReportsApi {

    private final ShownPlans shown;
    private final StoredReports reports;

    ReportsApi(ShownPlans shown, StoredReports reports) {
        this.shown = shown;
        this.reports = reports;
    }

    void report(Context ctx) {
        var key = PlanKey.of(ctx);
        var language = ApiTexts.of(ctx);
        var kind = ReportRequest.kind(ctx.pathParam("name")).orElseThrow(() -> new ProblemException(
                new ProblemDetail(404, "not-found", language.text("detail.report-unknown", ctx.pathParam("name")))));
        var written = Optional.ofNullable(ctx.queryParam("format")).orElse("");
        var format = ReportFormat.of(written).orElseThrow(() -> new ProblemException(
                new ProblemDetail(400, "bad-request", language.text("detail.report-format", written))));
        var plan = shown.find(ctx, key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
        Optional<StoredReports.File> file;
        try {
            file = reports.file(plan, kind, format, asked(ctx, "period"), asked(ctx, "objective"), language.messages());
        } catch (ReportRefusedException e) {
            throw new ProblemException(new ProblemDetail(e.status(), e.status() == 404 ? "not-found" : "bad-request",
                    language.messages().render(e.problem())));
        }
        if (file.isEmpty()) {
            ctx.header("Retry-After", Long.toString(RenderSlots.WAIT.toSeconds()));
            throw new ProblemException(new ProblemDetail(503, "report-busy", language.text("detail.report-busy")));
        }
        ReportFiles.send(ctx, format, file.get().name(), file.get().bytes());
    }

    private static Optional<String> asked(Context ctx, String parameter) {
        var text = ctx.queryParam(parameter);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
