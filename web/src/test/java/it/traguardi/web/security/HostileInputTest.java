package it.traguardi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.web.RunningServer;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input that must fail safely: markup typed into every text field (title, algorithm, source,
 * owner, comment, reason of a value, entity name) comes out as text on every page, in the SVG chart
 * and in JSON; SQL metacharacters and path traversal in addresses find nothing (404 or 400, never
 * 500 and never a file); an upload's name cannot name a folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "<script>alert('titolo')</script>";
    private static final String ALGORITHM = "<img src=x onerror=alert('algoritmo')>";
    private static final String SOURCE = "\"><svg onload=alert('fonte')>";
    private static final String COMMENT = "<script>alert('commento')</script>";
    private static final String REASON = "</textarea><script>alert('motivo')</script>";
    private static final String ENTITY = "<b onmouseover=alert('ente')>Camera";
    /** What no page may contain: each of the above as live markup. */
    private static final String[] LIVE = {"<script>alert(", "<img src=x", "<svg onload", "<b onmouseover"};

    @RegisterExtension
    static final RunningServer server = RunningServer.withSeed();
    private int id;

    @BeforeAll
    void typeMarkupEverywhere() throws Exception {
        var indicator = server.store().load("Modena", 2022).orElseThrow().indicators()
                .filter(i -> i.code().equals("301.51")).findFirst().orElseThrow();
        id = indicator.id().value();
        var edit = api("PUT", "/api/v1/plans/Modena/2022/nodes/" + id, JSON.createObjectNode().put("title", TITLE)
                .put("algorithm", ALGORITHM).put("source", SOURCE).put("owner", SOURCE).toString(), "\"1\"");
        var comment = api("POST", "/api/v1/plans/Modena/2022/nodes/" + id + "/comments",
                JSON.createObjectNode().put("text", COMMENT).toString(), null);
        var value = api("POST", "/api/v1/plans/Modena/2022/values", "[" + JSON.createObjectNode().put("code", "301.51")
                .put("period", "2022").put("value", "750").put("reason", REASON) + "]", null);
        var entity = server.postForm("/piani/nuovo/vuoto", "ente=" + URLEncoder.encode(ENTITY, StandardCharsets.UTF_8)
                + "&anno=2024");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
        assertThat(value.statusCode()).as(value.body()).isEqualTo(201);
        assertThat(entity.statusCode()).as(entity.body()).isEqualTo(303);
    }

    private HttpResponse<String> api(String method, String path, String json, String version) throws Exception {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (version != null) {
            request.header("If-Match", version);
        }
        return server.send(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/piani/Modena/2022", "/piani/Modena/2022?q=301.51", "/piani/Modena/2022/valori",
        "/piani/Modena/2022/modifica", "/piani/%3Cb%20onmouseover%3Dalert('ente')%3ECamera/2024",
        "/piani/%3Cb%20onmouseover%3Dalert('ente')%3ECamera/2024/modifica", "/piani/%3Cscript%3E/2022"})
    void pages_show_the_markup_as_text(String path) throws Exception {
        var page = server.get(path);

        assertThat(page.statusCode()).isIn(200, 404);
        assertThat(page.body()).doesNotContain(LIVE);
    }

    @Test
    void the_indicator_page_and_its_chart_show_every_field_escaped() throws Exception {
        var page = server.get("/piani/Modena/2022/indicatori/" + id).body();
        var edit = server.get("/piani/Modena/2022/modifica/nodi/" + id).body();

        assertThat(page).doesNotContain(LIVE).contains("&lt;script&gt;alert('titolo')&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert('algoritmo')&gt;")
                .contains("&lt;script&gt;alert('commento')&lt;/script&gt;")
                .contains("&lt;/textarea&gt;&lt;script&gt;alert('motivo')&lt;/script&gt;");
        // the chart is inline SVG: its title names the indicator, escaped like the rest of the page
        var chart = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(chart).contains("&lt;script&gt;").doesNotContain("<script");
        assertThat(edit).doesNotContain(LIVE).contains("svg onload=alert(").doesNotContain("value=\"\">");
    }

    @Test
    void the_objective_page_and_its_bar_chart_show_the_title_escaped() throws Exception {
        var plan = server.store().load("Modena", 2022).orElseThrow();
        var parent = java.util.stream.Stream.concat(
                plan.operationalObjectives().filter(o -> o.indicators().stream().anyMatch(i -> i.id().value() == id))
                        .map(o -> o.id().value()),
                plan.strategicObjectives().filter(o -> o.indicators().stream().anyMatch(i -> i.id().value() == id))
                        .map(o -> o.id().value())).findFirst().orElseThrow();
        var version = server.store().version("Modena", 2022).orElseThrow();
        var renamed = api("PUT", "/api/v1/plans/Modena/2022/nodes/" + parent, JSON.createObjectNode()
                .put("title", "<script>alert('obiettivo')</script>").toString(), "\"" + version + "\"");
        var page = server.get("/piani/Modena/2022/obiettivi/" + parent).body();

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(page).doesNotContain(LIVE);
        // the bar chart's title names the objective
        var chart = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(chart).contains("&lt;script&gt;alert('obiettivo')&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void json_carries_the_text_exactly_as_data() throws Exception {
        var node = server.get("/api/v1/plans/Modena/2022/nodes/" + id);
        var comments = server.get("/api/v1/plans/Modena/2022/nodes/" + id + "/comments");

        assertThat(node.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSON.readTree(node.body()).findValue("title").asText()).isEqualTo(TITLE);
        assertThat(JSON.readTree(comments.body()).findValue("text").asText()).isEqualTo(COMMENT);
        assertThat(node.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/piani/Modena'%20OR%20'1'%3D'1/2022", "/piani/Modena%27%3B%20drop%20table%20plan%3B--/2022",
        "/piani/Modena/2022%20or%201%3D1", "/piani/Modena/2022/indicatori/1%20or%201%3D1",
        "/piani/Modena/2022/indicatori/%27%3B--", "/api/v1/plans/Modena'%20OR%20'1'%3D'1/2022",
        "/api/v1/plans/Modena/2022%3B%20delete%20from%20plan", "/api/v1/plans/Modena/2022/nodes/1%27%20or%20%271%27%3D%271",
        "/piani/%25/2022", "/piani/_/2022", "/api/v1/plans/%25/2022/values"})
    void sql_metacharacters_in_addresses_find_nothing_and_change_nothing(String path) throws Exception {
        var answer = server.get(path);

        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(server.store().list()).extracting(p -> p.entity()).contains("Modena");
        assertThat(server.store().load("Modena", 2022)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
        "/static/app/..%2f..%2fit/traguardi/core/i18n/messages_it.properties",
        "/static/%2e%2e/it/traguardi/core/i18n/messages_it.properties", "/static/%2e%2e/openapi/openapi.json",
        "/static/..%5c..%5cetc%5cpasswd", "/piani/..%2f..%2fetc/2022", "/piani/%2e%2e/2022/valori"})
    void path_traversal_in_addresses_reaches_no_file(String path) throws Exception {
        var answer = server.get(path);

        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("root:").doesNotContain("web.csrf.title").doesNotContain("\"openapi\"");
    }

    @Test
    void an_upload_named_with_folders_shows_only_its_last_part() throws Exception {
        var csv = "codice;periodo;valore\n301.51;2022;1500\n".getBytes(StandardCharsets.UTF_8);
        var preview = postFile("/piani/Modena/2022/valori/carica", "../../../etc/cron.d/valori.csv", csv);
        var windows = postFile("/piani/Modena/2022/valori/carica", "..\\..\\Windows\\valori.csv", csv);

        // the file is read (its problems or its rows shown) under its last name only
        assertThat(preview.statusCode()).isIn(200, 422);
        assertThat(preview.body()).contains("Il file valori.csv").doesNotContain("../").doesNotContain("cron.d");
        assertThat(windows.body()).contains("Il file valori.csv").doesNotContain("..\\").doesNotContain("Windows");
    }

    @Test
    void an_upload_with_a_very_long_name_is_previewed_and_kept_for_confirmation() throws Exception {
        var name = "a".repeat(300) + ".tsv";
        var preview = postFile("/piani/nuovo/caricamento", name, it.traguardi.exchange.DemoData.modena2022());

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("name=\"token\"");
        // the name is cut to 200 characters, so it fits where the pending file is kept
        try (var connection = server.database().dataSource().getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select file_name from pending_upload")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("a".repeat(200));
        }
    }

    private HttpResponse<String> postFile(String path, String fileName, byte[] content) throws Exception {
        var boundary = "confine" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
