package it.traguardi.web.plan.edit;

import it.traguardi.web.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.NodeId;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.web.EditedSeeds;
import it.traguardi.web.RunningServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uploading a corrected alberatura over the stored plan in the browser's forms, over real HTTP
 * (issue 7): the preview compares it with the stored plan, the confirmation replaces it over the
 * version shown, and the values of nodes no longer in the plan stay readable on their own page.
 */
class PlanReplacementPagesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    // a writer kept waiting by a lock gives up quickly, so the busy answer comes at once
    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withUrlOptions(";LOCK_TIMEOUT=300");

    private Database database;
    private PlanStore store;
    private NodeId id301_51;

    @BeforeEach
    void start() throws Exception {
        database = server.database();
        store = server.store();
        id301_51 = id("301.51");
        var value = send(HttpRequest.newBuilder(uri("/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"1500\", \"reason\": \"dato di prova\"}]")));
        assertThat(value.statusCode()).as(value.body()).isEqualTo(201);
    }

    private NodeId id(String code) {
        return store.load("Modena", 2022).orElseThrow().indicators().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The upload form as a browser sends it: multipart, the file under "file". */
    private HttpResponse<String> upload(String name, byte[] file) throws Exception {
        var boundary = "confine" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"ente\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/tab-separated-values\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/piani/nuovo/caricamento"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> replace(String token, int version) throws Exception {
        return send(HttpRequest.newBuilder(uri("/piani/nuovo/sostituzione"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&versione=" + version)));
    }

    private static String token(String page) {
        var matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("a confirm form with the token").isTrue();
        return matcher.group(1);
    }

    @Test
    void the_seed_with_an_area_on_top_is_previewed_against_the_stored_plan_and_confirm_keeps_301_51_s_value()
            throws Exception {
        var preview = upload("alberatura-corretta.tsv", EditedSeeds.withAreaOnTop());

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Confermando si sostituisce il piano di Modena per il 2022")
                .contains("Confronto con il piano registrato (versione 1)")
                // the seed's 127 nodes are all recognised by code and title; the area, its OS and indicator are new
                .contains("Confronto con il piano registrato: 127 nodi invariati, nessuno spostato, nessuno rinominato,"
                        + " nessuno incerto, 3 nuovi, nessuno eliminato.")
                .contains("<tr><td>nuovo</td><th scope=\"row\">901.51 - Indicatore nuovo</th><td></td></tr>")
                .contains("Nessun valore o commento resta senza il suo nodo.")
                .contains("<input type=\"hidden\" name=\"versione\" value=\"1\">")
                .contains(">Sostituisci il piano</button>")
                .doesNotContain("/piani/nuovo/conferma");
        assertThat(store.version("Modena", 2022)).contains(1);

        var confirm = replace(token(preview.body()), 1);

        assertThat(confirm.statusCode()).isEqualTo(303);
        assertThat(confirm.headers().firstValue("Location")).contains("/piani/Modena/2022?esito=sostituito");
        assertThat(store.version("Modena", 2022)).contains(2);
        assertThat(id("301.51")).isEqualTo(id301_51);
        assertThat(get("/piani/Modena/2022/indicatori/" + id301_51.value()).body()).contains("1.500");
        var tree = get("/piani/Modena/2022?esito=sostituito").body();
        assertThat(tree).contains("Il piano è stato sostituito con quello del file")
                .contains("901.51 - Indicatore nuovo").doesNotContain("id=\"detached-notice\"");
    }

    @Test
    void a_file_without_301_51_shows_it_gone_and_after_confirm_its_value_is_listed_as_detached() throws Exception {
        var preview = upload("alberatura-senza-301.51.tsv", EditedSeeds.without301_51());

        assertThat(preview.body())
                .contains("126 nodi invariati, nessuno spostato, nessuno rinominato, nessuno incerto, nessuno nuovo,"
                        + " 1 eliminato.")
                .contains("<tr><td>eliminato</td><th scope=\"row\">301.51 - " + EditedSeeds.TITLE_301_51
                        + "</th><td>1 valore, nessun commento</td></tr>")
                .contains("1 valore e nessun commento di 1 nodo non più nel piano: tutto resta consultabile");

        assertThat(replace(token(preview.body()), 1).statusCode()).isEqualTo(303);

        var tree = get("/piani/Modena/2022").body();
        assertThat(tree).contains("id=\"detached-notice\"")
                .contains("1 valore e nessun commento di 1 nodo non più nel piano: tutto resta consultabile")
                .contains("<a href=\"/piani/Modena/2022/valori/non-collegati\">");
        var detached = get("/piani/Modena/2022/valori/non-collegati");
        assertThat(detached.statusCode()).isEqualTo(200);
        assertThat(detached.body()).contains("<h1>Valori non più collegati: Modena 2022</h1>")
                .contains("301.51 - " + EditedSeeds.TITLE_301_51 + " (n. " + id301_51.value()
                        + ", indicatore)")
                .containsPattern("<tr><td>2022</td><td class=\"text-end\">1.500 N.</td><td>\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d</td>"
                        + "<td>anonimo</td><td>dato di prova</td></tr>");
        assertThat(get("/piani/Modena/2022/valori/non-collegati?lang=en").body())
                .contains("<h1>Values no longer attached: Modena 2022</h1>").contains(", indicator)");
    }

    @Test
    void a_confirm_over_a_version_no_longer_stored_is_refused_and_shows_the_comparison_with_the_plan_stored_now()
            throws Exception {
        var preview = upload("alberatura-senza-301.51.tsv", EditedSeeds.without301_51());
        store.save(AlberaturaReader.read("altra.tsv", EditedSeeds.withAreaOnTop(), Overrides.NONE).plan(), true, TestActors.TESTER);

        var confirm = replace(token(preview.body()), 1);

        assertThat(confirm.statusCode()).isEqualTo(409);
        assertThat(confirm.body()).contains("è cambiato dopo l'anteprima, che lo confrontava con la versione 1:"
                        + " nulla è stato salvato")
                .contains("Confronto con il piano registrato (versione 2)")
                .contains("<input type=\"hidden\" name=\"versione\" value=\"2\">")
                // the area added meanwhile is not in the file: confirming now would remove it
                .contains("<tr><td>eliminato</td><th scope=\"row\">901.51 - Indicatore nuovo</th>");
        assertThat(store.version("Modena", 2022)).contains(2);
        assertThat(id("301.51")).isEqualTo(id301_51);
        assertThat(get("/piani/Modena/2022").body()).doesNotContain("id=\"detached-notice\"");
    }

    @Test
    void a_confirm_while_another_operation_writes_the_plan_is_a_409_page_and_nothing_is_saved() throws Exception {
        var preview = upload("alberatura-senza-301.51.tsv", EditedSeeds.without301_51());
        HttpResponse<String> confirm;
        try (var busy = server.holdBusy("Modena")) {
            confirm = replace(token(preview.body()), 1);
            busy.rollback();
        }

        assertThat(confirm.statusCode()).isEqualTo(409);
        assertThat(confirm.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(confirm.body()).contains("<h1>Piano occupato</h1>")
                .contains("Il piano di Modena per il 2022 era in modifica da un'altra operazione: nulla è stato salvato.")
                .contains("<a href=\"/piani/Modena/2022\">Torna al piano</a>");
        assertThat(store.version("Modena", 2022)).contains(1);
        // the upload is still pending: once the plan is free the same confirmation goes through
        assertThat(replace(token(preview.body()), 1).statusCode()).isEqualTo(303);
    }

    @Test
    void a_plan_with_nothing_detached_has_no_notice_and_its_detached_page_says_so() throws Exception {
        assertThat(get("/piani/Modena/2022").body()).doesNotContain("id=\"detached-notice\"")
                .doesNotContain("Il piano è stato sostituito");
        assertThat(get("/piani/Modena/2022/valori/non-collegati").body())
                .contains("Nessun valore o commento di nodi non più presenti nel piano.");
        assertThat(get("/piani/Bologna/2022/valori/non-collegati").statusCode()).isEqualTo(404);
    }
}
