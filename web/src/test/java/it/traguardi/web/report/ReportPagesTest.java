package it.traguardi.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.web.RunningServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reports over real HTTP: the list, each report's page within the site with its choosers and
 * download buttons, every file read back (the PDF's text, the spreadsheet's cells, the CSV, the
 * JSON), and every refusal as a page in the person's language, never a 500 or an empty file.
 */
class ReportPagesTest {

    private static final String BASE = "/piani/Modena/2022/report";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    /** 301.51 (target at least 1.000) at 400 on 30 June and 750 at the year-end, each with its reason. */
    @BeforeEach
    void record() throws Exception {
        var recorded = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans/Modena/2022/values"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        [{"code": "301.51", "period": "2022-06-30", "value": "400", "reason": "a metà anno"},
                         {"code": "301.51", "period": "2022", "value": "750", "reason": "fiere annullate"}]""")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void the_reports_page_lists_the_four_reports_and_the_plan_and_objective_pages_link_to_it() throws Exception {
        var list = page(BASE);
        var objective = server.store().load("Modena", 2022).orElseThrow().areas().getFirst().objectives().getFirst();

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Relazioni e report</h1>")
                .contains("href=\"" + BASE + "/alberatura\"").contains("href=\"" + BASE + "/monitoraggio\"")
                .contains("href=\"" + BASE + "/relazione\"").contains("href=\"" + BASE + "/scheda\"");
        assertThat(page("/piani/Modena/2022").body()).contains("href=\"/piani/Modena/2022/report\" id=\"reports-link\"");
        assertThat(page("/piani/Modena/2022/obiettivi/" + objective.id().value()).body())
                .contains("href=\"" + BASE + "/scheda?obiettivo=%23" + objective.id().value() + "\" id=\"scheda-link\"");
    }

    @Test
    void the_relazione_page_shows_the_report_in_the_site_with_the_periods_that_have_values() throws Exception {
        var page = page(BASE + "/relazione");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Relazione sulla performance - Modena 2022</h1>")
                .contains("class=\"it-header-wrapper\"").contains("id=\"report-body\"")
                .contains("<option value=\"2022-06-30\">Monitoraggio al 30-06-2022</option>")
                .contains("<option value=\"2022\" selected>Consuntivo finale 2022</option>")
                .contains("href=\"" + BASE + "/relazione.pdf?periodo=2022\"")
                .contains("href=\"" + BASE + "/relazione.xlsx?periodo=2022\"")
                .contains("href=\"" + BASE + "/relazione.csv?periodo=2022\"")
                .contains("href=\"" + BASE + "/relazione.json?periodo=2022\"")
                .contains("href=\"" + BASE + "/relazione.html?periodo=2022\"")
                .contains("75,00%").doesNotContain("<style>");
    }

    @Test
    void the_monitoring_at_june_is_the_report_of_that_period() throws Exception {
        var june = page(BASE + "/monitoraggio?periodo=2022-06-30").body();
        var year = page(BASE + "/monitoraggio").body();

        assertThat(june).contains("periodo 30-06-2022").contains("40,00%").contains("a metà anno")
                .contains("<option value=\"2022-06-30\" selected>");
        assertThat(year).contains("75,00%").contains("fiere annullate").doesNotContain("a metà anno");
    }

    @Test
    void the_pdf_is_a_pdf_with_the_codes_and_figures_of_the_page() throws Exception {
        var pdf = download(BASE + "/relazione.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(pdf, "Content-Disposition")).isEqualTo("attachment; filename=\"relazione-modena-2022.pdf\"");
        assertThat(header(pdf, "Cache-Control")).isEqualTo("private, no-cache");
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Relazione sulla performance - Modena 2022").contains("301")
                    .contains("Internazionalizzazione").contains("75,00%");
        }
    }

    @Test
    void the_spreadsheet_has_the_report_s_sheets_and_real_numbers() throws Exception {
        var xlsx = download(BASE + "/monitoraggio.xlsx?periodo=2022-06-30");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(header(xlsx, "Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(header(xlsx, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"monitoraggio-modena-2022-06-30.xlsx\"");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheets = workbook.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).containsExactly("Sintesi", "Monitoraggio");
            var rows = new ArrayList<List<String>>();
            try (var stream = workbook.getSheets().toList().get(1).openStream()) {
                stream.forEach(row -> rows.add(texts(row)));
            }
            var indicator = rows.stream().filter(r -> r.contains("301.51")).findFirst().orElseThrow();
            // the weight and the achievement are fractions under a percentage format, the value a number
            assertThat(indicator).contains("301.51", "0.9500", "≥ 1.000 N.", "400", "0.4000", "non raggiunto");
        }
    }

    private static List<String> texts(Row row) {
        var out = new ArrayList<String>();
        row.forEach(cell -> out.add(cell == null ? "" : cell.getRawValue() == null ? "" : cell.getRawValue()));
        return out;
    }

    @Test
    void the_csv_and_the_json_carry_the_same_figures() throws Exception {
        var csv = download(BASE + "/relazione.csv");
        var json = download(BASE + "/relazione.json?periodo=2022");

        assertThat(header(csv, "Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(header(csv, "Content-Disposition")).isEqualTo("attachment; filename=\"relazione-modena-2022.csv\"");
        var lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("section;key;label;value");
        assertThat(lines).contains("summary;kind;;relazione", "summary;period;;2022");
        assertThat(header(json, "Content-Type")).isEqualTo("application/json;charset=utf-8");
        var tree = new ObjectMapper().readTree(json.body());
        assertThat(tree.get("schema").asText()).isEqualTo("traguardi.report/1");
        assertThat(tree.get("kind").asText()).isEqualTo("relazione");
        assertThat(tree.get("period").asText()).isEqualTo("2022");
        assertThat(tree.toString()).contains("\"shown\":\"75,00%\"");
    }

    @Test
    void the_html_file_is_the_whole_document_and_the_alberatura_needs_no_period() throws Exception {
        var html = download(BASE + "/alberatura.html");

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(header(html, "Content-Disposition")).isEqualTo("attachment; filename=\"alberatura-modena-2022.html\"");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<title>Alberatura della pianificazione - Modena 2022</title>").contains("301.51");
        assertThat(page(BASE + "/alberatura").body()).doesNotContain("id=\"report-chooser\"")
                .contains("href=\"" + BASE + "/alberatura.pdf\"");
    }

    @Test
    void the_scheda_asks_for_its_objective_then_shows_it_and_names_it_in_its_files() throws Exception {
        var ask = page(BASE + "/scheda");
        var shown = page(BASE + "/scheda?obiettivo=301&periodo=2022");
        var file = download(BASE + "/scheda.json?obiettivo=301&periodo=2022");

        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("id=\"report-prompt\"").contains("<option value=\"301\">301 - Internazionalizzazione</option>")
                .doesNotContain("id=\"report-downloads\"");
        assertThat(shown.body()).contains("<h1>Scheda obiettivo 301 - Internazionalizzazione - Modena 2022</h1>")
                .contains("<option value=\"301\" selected>").contains("href=\"" + BASE + "/scheda.pdf?periodo=2022&amp;obiettivo=301\"")
                .contains("fiere annullate");
        assertThat(header(file, "Content-Disposition")).isEqualTo("attachment; filename=\"scheda-301-modena-2022.json\"");
    }

    @Test
    void what_cannot_make_a_report_is_a_page_in_the_person_s_language_never_a_file() throws Exception {
        var outside = download(BASE + "/relazione.pdf?periodo=2021");
        var nothing = page(BASE + "/relazione?periodo=2022-03-31");
        var objective = download(BASE + "/scheda.pdf?obiettivo=999");
        var noObjective = download(BASE + "/scheda.xlsx");
        var english = page(BASE + "/relazione?periodo=2022-03-31&lang=en");

        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(header(outside, "Content-Type")).startsWith("text/html");
        assertThat(header(outside, "Content-Disposition")).isEmpty();
        assertThat(new String(outside.body(), StandardCharsets.UTF_8)).contains("il periodo 2021 non è nell'anno del piano 2022");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("Nessun valore registrato per il periodo 2022-03-31 del piano Modena 2022")
                .contains("<option value=\"2022-06-30\">");
        assertThat(objective.statusCode()).isEqualTo(404);
        assertThat(new String(objective.body(), StandardCharsets.UTF_8)).contains("obiettivo 999 non è nel piano Modena 2022");
        assertThat(noObjective.statusCode()).isEqualTo(400);
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("No value recorded for the period 2022-03-31");
    }

    @Test
    void an_unknown_report_format_or_plan_is_not_found() throws Exception {
        assertThat(page(BASE + "/bilancio").statusCode()).isEqualTo(404);
        assertThat(page(BASE + "/bilancio").body()).contains("Pagina non trovata");
        assertThat(download(BASE + "/relazione.docx").statusCode()).isEqualTo(404);
        assertThat(download(BASE + "/Relazione.pdf").statusCode()).isEqualTo(404);
        assertThat(page("/piani/Parma/2022/report").statusCode()).isEqualTo(404);
        assertThat(download("/piani/Parma/2022/report/relazione.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void the_api_gives_the_same_files_and_its_refusals_as_problems() throws Exception {
        var api = "/api/v1/plans/Modena/2022/reports/";
        var pdf = download(api + "relazione?format=pdf");
        var json = download(api + "monitoraggio?format=json&period=2022-06-30");
        var noFormat = page(api + "relazione");
        var unknown = page(api + "bilancio?format=pdf");
        var nothing = page(api + "relazione?format=csv&period=2022-03-31&lang=en");
        var objective = page(api + "scheda?format=pdf&objective=999");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(pdf, "Content-Disposition")).isEqualTo("attachment; filename=\"relazione-modena-2022.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new ObjectMapper().readTree(json.body()).get("period").asText()).isEqualTo("2022-06-30");
        assertThat(noFormat.statusCode()).isEqualTo(400);
        assertThat(header(noFormat, "Content-Type")).startsWith("application/problem+json");
        assertThat(noFormat.body()).contains("Il formato del report è pdf, xlsx, csv, json o html: «»");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Non esiste il report «bilancio»");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("No value recorded for the period 2022-03-31 of the plan Modena 2022");
        assertThat(objective.statusCode()).isEqualTo(404);
        assertThat(objective.body()).contains("obiettivo 999 non è nel piano Modena 2022");
    }

    @Test
    void a_burst_of_pdf_downloads_gets_files_or_try_again_never_an_error() throws Exception {
        var answers = new ArrayList<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>>();
        for (int i = 0; i < 8; i++) {
            answers.add(HTTP.sendAsync(HttpRequest.newBuilder(server.uri(BASE + "/relazione.pdf"))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
        }

        var statuses = new ArrayList<Integer>();
        for (var answer : answers) {
            var response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 200) {
                assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            } else {
                assertThat(header(response, "Retry-After")).isEqualTo("2");
            }
        }
        // the first request to reach a slot always gets its file; the others get theirs or "try again"
        assertThat(statuses).isSubsetOf(200, 503).contains(200);
    }
}
