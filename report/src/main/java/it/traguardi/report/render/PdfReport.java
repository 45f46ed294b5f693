package it.traguardi.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import it.traguardi.core.i18n.Messages;
import it.traguardi.report.model.Report;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A report as a PDF that conforms to PDF/UA-1 and PDF/A-2u, rendered from its HTML
 * ({@link HtmlReport}) by openhtmltopdf: tagged (headings, tables with their header cells, the
 * charts as Figures with their alternative text), document language and title from the page,
 * description as its subject, the sRGB output intent, and every font embedded.
 *
 * <p>The fonts are Titillium Web (the typeface of Bootstrap Italia, so the PDF looks like the pages)
 * and DejaVu Sans for the signs Titillium lacks ({@code ≥ ≤}); both come from the npm registry at
 * build time (report/package.json). They must be registered: in PDF/A mode openhtmltopdf drops, without
 * a word, every text whose font is not embedded, which would give a PDF with no text at all.
 */
public final class PdfReport {

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("Titillium Web", "titillium-web-v10-latin-ext_latin-regular.ttf", 400, FontStyle.NORMAL),
            new Face("Titillium Web", "titillium-web-v10-latin-ext_latin-italic.ttf", 400, FontStyle.ITALIC),
            new Face("Titillium Web", "titillium-web-v10-latin-ext_latin-600.ttf", 600, FontStyle.NORMAL),
            new Face("Titillium Web", "titillium-web-v10-latin-ext_latin-700.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVu Sans", "ttf/DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVu Sans", "ttf/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL));
    private static final List<byte[]> FONT_BYTES = FACES.stream().map(f -> bytes("/it/traguardi/report/fonts/" + f.file())).toList();
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf tells every font it loads and every page it lays out at INFO on standard
        // error: noise on the terminal of the command line; its warnings and errors still show.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfReport() {
    }

    public static byte[] render(Report report, Messages m) {
        var html = HtmlReport.render(report, m);
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (int i = 0; i < FACES.size(); i++) {
            var face = FACES.get(i);
            var data = FONT_BYTES.get(i);
            builder.useFont(() -> new ByteArrayInputStream(data), face.family(), face.weight(), face.style(), true);
        }
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String name) {
        try (var in = PdfReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build (npm ci in report/): " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
