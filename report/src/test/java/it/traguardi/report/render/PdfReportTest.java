package it.traguardi.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import it.traguardi.report.ReportSource;
import it.traguardi.report.Reports;
import it.traguardi.report.SeedSource;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Every report of the seed with values as PDF, read back: PDFBox finds every code, title and figure
 * of the report in the text (so no text was dropped for a missing font), every font is embedded,
 * and veraPDF finds no failed rule of PDF/A-2u nor of PDF/UA-1. The first page of each is kept as
 * PNG under target/reports/ for a person to look at.
 */
class PdfReportTest {

    private static final Messages IT = new Messages(Messages.ITALIAN);
    private static final Path OUT = Path.of("target", "reports");
    private static final Map<ReportKind, Report> REPORTS = new EnumMap<>(ReportKind.class);
    private static final Map<ReportKind, byte[]> PDFS = new EnumMap<>(ReportKind.class);

    @BeforeAll
    static void render() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        Files.createDirectories(OUT);
        ReportSource source = SeedSource.withValues();
        for (var kind : ReportKind.values()) {
            var report = kind == ReportKind.SCHEDA ? Reports.scheda(source, "301", IT) : Reports.build(kind, source, IT);
            var pdf = PdfReport.render(report, IT);
            REPORTS.put(kind, report);
            PDFS.put(kind, pdf);
            Files.write(OUT.resolve(kind.key() + ".pdf"), pdf);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void the_text_holds_every_code_title_and_figure_of_the_report(ReportKind kind) throws IOException {
        var text = oneLine(text(PDFS.get(kind)));
        var report = REPORTS.get(kind);
        var missing = new ArrayList<String>();
        expected(report).stream().filter(s -> !text.contains(oneLine(s))).forEach(missing::add);
        assertThat(missing).as("texts of the %s not found in its PDF", kind).isEmpty();
        // The seed's first area and a figure with its unit, as a reader would look for them.
        if (kind != ReportKind.SCHEDA) {
            assertThat(text).contains(oneLine("Competitività delle imprese"));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void every_font_is_embedded(ReportKind kind) throws IOException {
        try (var document = Loader.loadPDF(PDFS.get(kind))) {
            var fonts = new ArrayList<String>();
            var notEmbedded = new ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertThat(notEmbedded).isEmpty();
            assertThat(fonts).anyMatch(f -> f.contains("Titillium"));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void conforms_to_pdf_a_2u_and_pdf_ua_1(ReportKind kind) throws Exception {
        for (var flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
            assertThat(failedRules(PDFS.get(kind), flavour)).as("%s as %s", kind, flavour).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void declares_language_title_and_description(ReportKind kind) throws IOException {
        try (var document = Loader.loadPDF(PDFS.get(kind))) {
            var report = REPORTS.get(kind);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("it");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(report.title());
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo(report.description());
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            firstPageAsPng(document, kind);
        }
    }

    @Test
    void the_relazione_draws_its_charts_as_figures_with_their_text_alternative() throws IOException {
        var text = oneLine(text(PDFS.get(ReportKind.RELAZIONE)));
        var chart = REPORTS.get(ReportKind.RELAZIONE).charts().getFirst();
        assertThat(text).contains(oneLine(chart.description()));
        try (var document = Loader.loadPDF(PDFS.get(ReportKind.RELAZIONE))) {
            var alts = new ArrayList<String>();
            collectFigureAlts(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).anyMatch(a -> a.contains(chart.title()) && a.contains(chart.description()));
        }
    }

    private static void collectFigureAlts(List<Object> kids, List<String> alts) {
        for (var kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigureAlts(e.getKids(), alts);
            }
        }
    }

    /** Every code, title and figure a report shows: the text of every cell and fact. */
    static List<String> expected(Report report) {
        var out = new ArrayList<String>(List.of(report.title()));
        report.facts().forEach(f -> out.add(f.value().shown()));
        report.sections().forEach(s -> s.rows().forEach(r -> r.cells().stream()
                .filter(c -> !(c instanceof Cell.Blank)).forEach(c -> out.add(c.shown()))));
        return out;
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Text without blanks and line breaks: a cell may wrap in the PDF anywhere a long code or
     * number allows (after a dot, before a unit), so only the characters and their order are compared.
     */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                var validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            var result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }

    private static void firstPageAsPng(PDDocument document, ReportKind kind) throws IOException {
        var image = new PDFRenderer(document).renderImageWithDPI(0, 80);
        ImageIO.write(image, "png", OUT.resolve(kind.key() + ".png").toFile());
    }
}
