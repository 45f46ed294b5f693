package it.traguardi.web.report;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.report.model.ReportKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a report address asks for: {@code /report/relazione} is the page of a report,
 * {@code /report/relazione.pdf} its file; {@code ?periodo=} the period, {@code ?obiettivo=} the
 * scheda's objective (a code, or {@code #id} when a code is repeated). A name that is no report, or
 * a suffix that is no format, is not found.
 */
public record ReportRequest(ReportKind kind, Optional<ReportFormat> format, Optional<String> period,
        Optional<String> objective) {

    static final String PERIOD = "periodo";
    static final String OBJECTIVE = "obiettivo";

    /** The report named by the path parameter {@code {report}} and the query. */
    static ReportRequest of(Context ctx) {
        var file = ctx.pathParam("report");
        var dot = file.indexOf('.');
        var kind = kind(dot < 0 ? file : file.substring(0, dot)).orElseThrow(NotFoundResponse::new);
        var format = dot < 0 ? Optional.<ReportFormat>empty()
                : Optional.of(ReportFormat.of(file.substring(dot + 1)).orElseThrow(NotFoundResponse::new));
        return new ReportRequest(kind, format, asked(ctx, PERIOD), asked(ctx, OBJECTIVE));
    }

    /** The report a lower-case name ({@code relazione}) names. */
    public static Optional<ReportKind> kind(String name) {
        return Arrays.stream(ReportKind.values()).filter(k -> name(k).equals(name)).findFirst();
    }

    /** A report's name in addresses and file names: {@code alberatura}, {@code monitoraggio}, ... */
    public static String name(ReportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> asked(Context ctx, String parameter) {
        var text = ctx.queryParam(parameter);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
