package it.traguardi.web.report;

import io.javalin.http.Context;
import it.traguardi.report.model.Report;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** A report as a download: its safe ASCII file name and the answer's headers. */
public final class ReportFiles {

    /** Longest part of a file name taken from an entity's name or an objective's code. */
    private static final int PART = 80;

    private ReportFiles() {
    }

    /** {@code relazione-camera-di-commercio-di-modena-2022.pdf}; a scheda names its objective, a monitoring its day. */
    static String name(Report report, Optional<String> objective, ReportFormat format) {
        var kind = ReportRequest.name(report.kind());
        var of = objective.map(o -> "-" + slug(o)).orElse("");
        return kind + of + "-" + slug(report.entity()) + "-" + report.period() + "." + format.extension();
    }

    /**
     * Lower-case ASCII letters and digits with single hyphens: accents dropped, anything else a hyphen
     * (the name part of every file the application gives to download).
     */
    public static String slug(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        var cut = slug.length() <= PART ? slug : slug.substring(0, PART).replaceAll("-+$", "");
        return cut.isEmpty() ? "piano" : cut;
    }

    /** The file as the answer: its type, an attachment with its name, kept by the browser only. */
    public static void send(Context ctx, ReportFormat format, String name, byte[] bytes) {
        ctx.status(200).contentType(format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-cache")
                .result(bytes);
    }
}
