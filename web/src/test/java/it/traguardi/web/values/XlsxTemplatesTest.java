package it.traguardi.web.values;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.store.PlanStore;
import it.traguardi.web.FilledTemplates;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The XLSX templates over real HTTP: downloaded from the values-upload and new-plan pages and from
 * the API, filled, uploaded, previewed and confirmed; a file that is no XLSX refused with 422.
 */
class XlsxTemplatesTest {

    private static final String UPLOAD = "/piani/Modena/2022/valori/carica";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern CONTENT = Pattern.compile("name=\"contenuto\" value=\"([^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    @Test
    void the_upload_pages_link_their_templates() throws Exception {
        assertThat(server.get(UPLOAD + "?periodo=2022-06-30").body())
                .contains("href=\"/piani/Modena/2022/valori/modello.xlsx?periodo=2022-06-30\"")
                .contains("Scarica il modello XLSX dei valori").contains("accept=\".csv,text/csv,.xlsx,");
        assertThat(server.get("/piani/nuovo").body()).contains("href=\"/modelli/piano.xlsx\"")
                .contains("Scarica il modello XLSX del piano");
    }

    @Test
    void a_values_template_is_downloaded_filled_previewed_and_confirmed() throws Exception {
        var template = bytes("/piani/Modena/2022/valori/modello.xlsx?periodo=2022-06-30");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).contains(XLSX);
        assertThat(template.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"valori-modena-2022-2022-06-30.xlsx\"");

        // 880 of D1.1_10 reaches 31.D1.1.1's target (>= 800): no reason needed
        var filled = FilledTemplates.values(template.body(), Map.of("D1.1_10", 880));
        var preview = server.postFile(UPLOAD + "?periodo=2022-06-30", "file", "giugno.xlsx", filled);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("Il file giugno.xlsx è corretto: questo valore sarà registrato.")
                .contains("<td>D1.1_10</td>").contains("Conferma e registra");
        var content = CONTENT.matcher(preview.body());
        assertThat(content.find()).isTrue();
        var carried = content.group(1).replace("&#43;", "+").replace("&#61;", "=").replace("&#47;", "/");
        assertThat(carried).startsWith("xlsx;base64,UEsDB");

        var confirmed = server.postForm(UPLOAD + "/conferma?periodo=2022-06-30",
                "nome=giugno.xlsx&contenuto=" + URLEncoder.encode(carried, StandardCharsets.UTF_8));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        var page = server.get(confirmed.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("Registrato 1 valore dal file giugno.xlsx.").contains("Valore attuale: 880 N.");
    }

    @Test
    void a_plan_the_template_cannot_hold_whole_is_a_422_saying_what_would_be_lost() throws Exception {
        // a target for 2021, before the plan's target years: the template has no column for it
        var plans = new PlanStore(server.database().dataSource());
        var seed = plans.load("Modena", 2022).orElseThrow();
        var indicator = seed.indicators().filter(i -> i.code().equals("301.51")).findFirst().orElseThrow();
        var d = indicator.definition();
        var targets = new TreeMap<>(d.targets());
        targets.put(2021, targets.get(2022));
        plans.replace(PlanEdits.define(seed, indicator.id(),
                new IndicatorDefinition(d.algorithm(), d.unit(), d.baselines(), targets,
                        d.dataSource(), d.owner(), d.formula())), 1, TestActors.TESTER);

        var template = bytes("/api/v1/plans/Modena/2022/template");

        assertThat(template.statusCode()).isEqualTo(422);
        assertThat(new String(template.body(), StandardCharsets.UTF_8)).contains("il piano non entra nel modello del piano senza perdere dati: indicatore «301.51 - ")
                .contains("target per il 2021, che non è tra gli anni di target dell'alberatura (2022, 2023, 2024)");
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void a_file_that_is_no_xlsx_or_a_template_of_another_plan_is_refused_and_nothing_is_recorded() throws Exception {
        var fake = server.postFile(UPLOAD, "file", "valori.xlsx", "code;period;value".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(fake.body()).contains("«valori.xlsx» non è un file XLSX valido").doesNotContain("Conferma e registra");

        var plan = bytes("/modelli/piano.xlsx").body();
        var wrong = server.postFile(UPLOAD, "file", "piano.xlsx", plan);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("<td>colonna B («modello»)</td><td>piano.xlsx [Traguardi]: il file è un modello «piano», qui serve un "
                + "modello «valori»");
    }

    @Test
    void the_api_gives_the_plan_as_a_template_and_previews_it_as_the_same_plan() throws Exception {
        var template = bytes("/api/v1/plans/Modena/2022/template");
        assertThat(template.statusCode()).isEqualTo(200);

        var preview = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans/preview")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", XLSX).POST(HttpRequest.BodyPublishers.ofByteArray(template.body())));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        // the seed's counts: as the TSV gives them
        assertThat(preview.body()).contains("\"entity\":\"Modena\"").contains("\"year\":2022").contains("\"areas\":3")
                .contains("\"strategicObjectives\":10").contains("\"operationalObjectives\":20")
                .contains("\"indicators\":94");
        var values = bytes("/api/v1/plans/Modena/2022/values/template?period=2022");
        assertThat(values.statusCode()).isEqualTo(200);
        assertThat(values.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"valori-modena-2022-2022.xlsx\"");
    }

    @Test
    void a_bad_row_of_a_template_names_its_sheet_row_and_column_on_the_page() throws Exception {
        var template = bytes("/piani/Modena/2022/valori/modello.xlsx?periodo=2022-06-30");
        // 10 of D1.1_10 leaves 31.D1.1.1 short of its target (>= 800): a reason is needed, in column F
        var short10 = FilledTemplates.values(template.body(), Map.of("D1.1_10", 10));
        var notFinite = FilledTemplates.values(template.body(), Map.of("D1.1_10", Double.NaN));

        var preview = server.postFile(UPLOAD + "?periodo=2022-06-30", "file", "giugno.xlsx", short10);
        var damaged = server.postFile(UPLOAD + "?periodo=2022-06-30", "file", "luglio.xlsx", notFinite);

        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(preview.body()).contains("<td>colonna F («Motivo»)</td><td>giugno.xlsx [Valori]: Il valore lascia sotto il target")
                .doesNotContain("<td>reason</td>");
        assertThat(damaged.statusCode()).isEqualTo(422);
        assertThat(damaged.body()).containsPattern("<td>colonna E \\(«Valore»\\)</td><td>luglio.xlsx \\[Valori\\]: la cella E\\d+ "
                + "contiene «NaN», che non è un numero finito");
    }

    @Test
    void the_api_refuses_a_body_sent_as_xlsx_that_is_no_zip_as_no_valid_xlsx_not_as_a_csv() throws Exception {
        var preview = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans/Modena/2022/values/preview"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofString("code;period;value\nD1.1_10;2022;5\n")));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(422);
        assertThat(preview.body()).contains("«valori.xlsx» non è un file XLSX valido (non è un archivio zip leggibile)")
                .doesNotContain("\"clean\"");
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
