package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.check.Finding;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.web.Downloads;
import it.traguardi.web.UploadWording;
import java.util.Locale;

/**
 * An alberatura TSV sent in a request body, read and validated whole before anything is stored:
 * the content type (415), the parameters {@code entity}, {@code year}, {@code file} (400) and
 * the file itself (422 with every problem, in the request language).
 */
final class PlanUpload {

    static final String DEFAULT_FILE = "alberatura.tsv";
    static final String DEFAULT_XLSX = "piano.xlsx";

    private PlanUpload() {
    }

    static AlberaturaImport read(Context ctx) {
        var language = ApiTexts.of(ctx);
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/tab-separated-values") && !type.startsWith("text/plain")
                && !type.startsWith(Downloads.XLSX)) {
            throw new ProblemException(new ProblemDetail(415, "unsupported-media-type",
                    language.text("detail.unsupported-media-type", ctx.contentType() == null ? "" : ctx.contentType())));
        }
        var yearText = ctx.queryParam("year");
        var year = yearText == null || yearText.isBlank() ? null : PlanKey.year(ctx, yearText);
        var given = ctx.queryParam("file") == null || ctx.queryParam("file").isBlank() ? null : ctx.queryParam("file");
        var file = given != null ? given : type.startsWith(Downloads.XLSX) ? DEFAULT_XLSX : DEFAULT_FILE;
        try {
            return ImportFiles.plan(file, ctx.bodyAsBytes(), new Overrides(ctx.queryParam("entity"), year));
        } catch (ImportException e) {
            var extra = Json.object();
            var problems = extra.putArray("problems");
            for (var p : e.problems().stream().map(UploadWording::api).toList()) {
                problems.addObject().put("file", p.file()).put("line", p.line()).put("field", p.field())
                        .put("message", language.messages().render(p.message()))
                        .put("text", p.render(language.messages()));
            }
            throw new ProblemException(new ProblemDetail(422, "invalid-data",
                    language.text("detail.invalid-data", e.problems().size()), extra));
        }
    }

    /** The plan at a glance and the anomalies found while reading it. */
    static ObjectNode summary(AlberaturaImport read, ApiTexts language) {
        var plan = read.plan();
        var out = Json.object().put("entity", plan.entity()).put("year", plan.year())
                .put("areas", plan.areas().size())
                .put("strategicObjectives", plan.strategicObjectives().count())
                .put("operationalObjectives", plan.operationalObjectives().count())
                .put("indicators", plan.indicators().count());
        var warnings = out.putArray("warnings");
        read.warnings().forEach(w -> warning(warnings, w, read, language));
        return out;
    }

    private static void warning(ArrayNode warnings, Finding finding, AlberaturaImport read, ApiTexts language) {
        var node = warnings.addObject().put("kind", finding.kind().name()).put("severity", finding.severity().name());
        var nodes = node.putArray("nodes");
        finding.nodes().forEach(id -> nodes.add(id.value()));
        if (finding.nodes().isEmpty() || !read.lines().containsKey(finding.nodes().getFirst())) {
            node.putNull("line");
        } else {
            node.put("line", read.lines().get(finding.nodes().getFirst()));
        }
        node.put("message", language.messages().render(finding.message()));
    }
}
