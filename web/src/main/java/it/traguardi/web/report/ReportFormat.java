package it.traguardi.web.report;

import it.traguardi.core.i18n.Messages;
import it.traguardi.report.model.Report;
import it.traguardi.report.render.CsvReport;
import it.traguardi.report.render.HtmlReport;
import it.traguardi.report.render.JsonReport;
import it.traguardi.report.render.PdfReport;
import it.traguardi.report.render.XlsxReport;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A file a report is downloaded as: its extension, its media type, and the report module's renderer. */
public enum ReportFormat {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=utf-8"),
    JSON("application/json; charset=utf-8"),
    HTML("text/html; charset=utf-8");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name's extension and the address's suffix: {@code pdf}, {@code xlsx}, ... */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format an extension names; empty for any other text. */
    public static Optional<ReportFormat> of(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** The report as this format's bytes: the same renderers as the command line's. */
    public byte[] render(Report report, Messages m) {
        return switch (this) {
            case PDF -> PdfReport.render(report, m);
            case XLSX -> XlsxReport.render(report);
            case CSV -> CsvReport.render(report).getBytes(StandardCharsets.UTF_8);
            case JSON -> JsonReport.render(report).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlReport.render(report, m).getBytes(StandardCharsets.UTF_8);
        };
    }
}
