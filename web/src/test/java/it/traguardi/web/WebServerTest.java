package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over real HTTP, on a random port, with the seed plan in an H2 database. */
class WebServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private Database database;
    private PlanStore store;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        database = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        store = new PlanStore(database.dataSource());
        store.save(read(DemoData.modena2022(), Overrides.NONE), false);
        app = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    private static Plan read(byte[] bytes, Overrides overrides) throws Exception {
        return AlberaturaReader.read(DemoData.MODENA_2022, bytes, overrides).plan();
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void health_answers_ok_as_json() throws Exception {
        var response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void home_lists_the_stored_plans_with_a_link_to_each() throws Exception {
        var response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Piani della performance</h1>")
                .contains("<a href=\"/piani/Modena/2022\">Modena</a>")
                .contains("<td>2022</td><td>94</td>");
    }

    @Test
    void home_says_so_when_there_are_no_plans() throws Exception {
        store.delete("Modena", 2022);

        var response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Nessun piano registrato.").doesNotContain("/piani/");
    }

    @Test
    void the_plan_page_shows_the_tree_with_weights_and_targets() throws Exception {
        var response = get("/piani/Modena/2022");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"it\"").contains("<h1>Piano Modena 2022</h1>")
                .contains("Target 2022")
                .contains("1 - Competitività delle imprese")
                .contains("301.50 - Fatturato export provinciale")
                .contains("≥ 13.200.000.000 €")
                .contains("10.807.800.000 € (2021)");
        var seed = read(DemoData.modena2022(), Overrides.NONE);
        for (var area : seed.areas()) {
            assertThat(response.body()).contains("<tr class=\"area\"><td>" + Html.escape(area.label()) + "</td>");
        }
        assertThat(response.body().split("<tr class=\"indicator\">", -1)).hasSize(94 + 1);
    }

    @Test
    void the_plan_page_is_in_english_with_lang_en() throws Exception {
        var response = get("/piani/Modena/2022?lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"en\"").contains("<h1>Plan Modena 2022</h1>")
                .doesNotContain("<h1>Piano Modena 2022</h1>");
    }

    @Test
    void a_plan_that_is_not_stored_is_not_found() throws Exception {
        assertThat(get("/piani/Bologna/2022").statusCode()).isEqualTo(404);
        assertThat(get("/piani/Modena/2023").statusCode()).isEqualTo(404);
        assertThat(get("/piani/Modena/duemila").statusCode()).isEqualTo(404);
    }

    @Test
    void an_entity_with_spaces_is_reached_through_its_link() throws Exception {
        store.save(read(DemoData.modena2022(), new Overrides("Camera di commercio di Reggio Emilia", null)), false);

        var home = get("/").body();
        var page = get("/piani/Camera%20di%20commercio%20di%20Reggio%20Emilia/2022");

        assertThat(home).contains("<a href=\"/piani/Camera%20di%20commercio%20di%20Reggio%20Emilia/2022\">");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Piano Camera di commercio di Reggio Emilia 2022</h1>");
    }

    @Test
    void text_from_the_plan_is_escaped() throws Exception {
        var seed = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
        var hostile = seed.replace("301.50 - Fatturato export provinciale",
                "301.50 - Fatturato <script>alert('x')</script> & \"export\"");
        assertThat(hostile).isNotEqualTo(seed);
        store.save(read(hostile.getBytes(StandardCharsets.UTF_8), new Overrides("Prova <b>", null)), false);

        var page = get("/piani/" + "Prova%20%3Cb%3E" + "/2022").body();
        var home = get("/").body();

        assertThat(page).contains("Fatturato &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;export&quot;")
                .contains("<h1>Piano Prova &lt;b&gt; 2022</h1>")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(home).contains("Prova &lt;b&gt;").doesNotContain("<b>");
    }
}
