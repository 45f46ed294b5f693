package it.traguardi.web.report;

import io.javalin.http.Context;
import it.traguardi.report.model.Report;
import it.traguardi.web.Downloads;
import java.util.Optional;

/** A report as a download: its safe ASCII file name and the answer's headers. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** {@code relazione-camera-di-commercio-di-modena-2022.pdf}; a scheda names its objective, a monitoring its day. */
    static String name(Report report, Optional<String> objective, ReportFormat format) {
        var kind = ReportRequest.name(report.kind());
        var of = objective.map(o -> "-" + Downloads.slug(o)).orElse("");
        return kind + of + "-" + Downloads.slug(report.entity()) + "-" + report.period() + "." + format.extension();
    }

    /** The file as the answer: its type, an attachment with its name, kept by the browser only. */
    public static void send(Context ctx, ReportFormat format, String name, byte[] bytes) {
        ctx.status(200).contentType(format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-cache")
                .result(bytes);
    }
}
