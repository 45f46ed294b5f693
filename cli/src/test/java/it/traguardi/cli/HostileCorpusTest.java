package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.store.Database;
import it.traguardi.web.RunningServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus of issue 7 through every way in: the command line ({@code import},
 * {@code values import}), the JSON API (plan preview and upload, values preview) and the web
 * uploads (preview, then confirm). Each file is accepted everywhere or refused everywhere at the
 * same line (exit 65, 422); never exit 70, a 500 or a stack trace; a refused file stores nothing;
 * what the preview says is what the confirm does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLANS = "/api/v1/plans";
    private static final String MODENA = "/piani/Modena/2022";
    private static final int REQUEST_LIMIT = 1_000_000;

    @RegisterExtension
    static final RunningServer server = RunningServer.withSeed();

    @TempDir
    static Path dir;

    private CommandLineRun cli;

    @BeforeAll
    void start() throws Exception {
        cli = CommandLineRun.withDemoPlan(Files.createDirectories(dir.resolve("cli")));
    }

    /**
     * Each file is judged as the first values of its codes: a value recorded by an earlier case
     * would make the same code and period a correction, which needs a reason (docs/domain.md).
     */
    @BeforeEach
    void forgetRecordedValues() throws Exception {
        try (var database = Database.open(cli.databaseUrl())) {
            forgetValues(database);
        }
        forgetValues(server.database());
    }

    private static void forgetValues(Database database) throws java.sql.SQLException {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from actual_value");
        }
    }

    static Stream<HostileCorpus.Case> alberature() {
        return HostileCorpus.alberature().stream();
    }

    static Stream<HostileCorpus.Case> values() {
        return HostileCorpus.values().stream();
    }

    /**
     * The files sent over HTTP: those under 1,000,000 bytes, to keep the suite short (the 100,000-row
     * files go through the command line). Bodies over the server's limits (web.RequestLimits: 4 MiB a
     * file, 16 MiB a request) are answered 413, as web's RequestLimitsTest shows.
     */
    static Stream<HostileCorpus.Case> alberatureForHttp() {
        return alberature().filter(f -> f.bytes().length < REQUEST_LIMIT);
    }

    static Stream<HostileCorpus.Case> valuesForHttp() {
        return values().filter(f -> f.bytes().length < REQUEST_LIMIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alberature")
    void an_alberatura_is_accepted_or_refused_at_its_line_by_the_command_line(HostileCorpus.Case file) throws Exception {
        var path = cli.write(file.name(), file.bytes());
        var before = cli.run("plans").out();
        var outcome = cli.run("import", path.toString(), "--replace");

        assertNoInternalError(outcome.out() + outcome.err());
        if (file.accepted()) {
            assertThat(outcome.exitCode()).as(outcome.err()).isZero();
            // the first accepted file imports the plan, the next ones replace it
            assertThat(outcome.out()).containsPattern("(Importato|Sostituito) il piano Prova 2022:");
        } else {
            assertThat(outcome.exitCode()).as(outcome.out()).isEqualTo(ExitCode.DATA);
            assertThat(outcome.err().lines().findFirst().orElseThrow()).containsPattern(place(file));
            assertThat(cli.run("plans").out()).as("nothing stored").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alberatureForHttp")
    void an_alberatura_gets_the_same_answer_from_the_api_preview_and_upload(HostileCorpus.Case file) throws Exception {
        var preview = send("POST", PLANS + "/preview?file=" + file.name(), "text/tab-separated-values", file.bytes());
        var upload = send("POST", PLANS + "?replace=true&file=" + file.name(), "text/tab-separated-values", file.bytes());

        assertThat(upload.statusCode()).isEqualTo(file.accepted() ? 201 : 422);
        assertThat(preview.statusCode()).isEqualTo(file.accepted() ? 200 : 422);
        if (file.accepted()) {
            assertThat(json(preview).get("entity").asText()).isEqualTo("Prova");
            assertThat(send("DELETE", PLANS + "/Prova/2022", null, null).statusCode()).isEqualTo(204);
        } else {
            assertThat(json(upload).get("problems").get(0).get("line").asInt()).isEqualTo(file.line());
            assertThat(json(preview).get("problems")).isEqualTo(json(upload).get("problems"));
        }
        assertThat(json(send("GET", PLANS, null, null)).get("plans")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alberatureForHttp")
    void an_alberatura_previewed_as_valid_in_the_browser_is_stored_at_confirm(HostileCorpus.Case file) throws Exception {
        var preview = send("POST", "/piani/nuovo/caricamento", MULTIPART, multipart(file.name(), file.bytes()));
        var page = preview.body();

        assertNoInternalError(page);
        if (file.accepted()) {
            assertThat(preview.statusCode()).isEqualTo(200);
            var token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(page);
            assertThat(token.find()).as("the preview offers to confirm").isTrue();
            var confirm = send("POST", "/piani/nuovo/conferma", FORM, form("token", token.group(1)));
            assertThat(confirm.statusCode()).isEqualTo(303);
            assertThat(send("DELETE", PLANS + "/Prova/2022", null, null).statusCode()).isEqualTo(204);
        } else {
            assertThat(preview.statusCode()).isEqualTo(422);
            assertThat(page).doesNotContain("name=\"token\"");
            if (file.line() > 0) {
                // the first line of a group of alike problems ("2-7" or "2, 9") or a line alone
                assertThat(page).containsPattern("<td>" + file.line() + "(</td>|-|, )");
            }
        }
        assertThat(json(send("GET", PLANS, null, null)).get("plans")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void a_values_file_is_accepted_or_refused_at_its_line_by_the_command_line(HostileCorpus.Case file) throws Exception {
        var path = cli.write(file.name(), file.bytes());
        var before = history(cli);
        var outcome = cli.run("values", "import", path.toString(), "--entity", "Modena", "--year", "2022");

        assertNoInternalError(outcome.out() + outcome.err());
        if (file.accepted()) {
            assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        } else {
            assertThat(outcome.exitCode()).as(outcome.out()).isEqualTo(ExitCode.DATA);
            assertThat(outcome.err().lines().findFirst().orElseThrow()).containsPattern(place(file));
            assertThat(history(cli)).as("nothing recorded").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesForHttp")
    void a_values_file_gets_the_same_answer_from_the_api_and_the_browser_preview_and_confirm(HostileCorpus.Case file)
            throws Exception {
        var api = send("POST", PLANS + "/Modena/2022/values/preview", "text/csv", file.bytes());
        var preview = send("POST", MODENA + "/valori/carica", MULTIPART, multipart(file.name(), file.bytes()));
        var before = latest();
        var confirm = send("POST", MODENA + "/valori/carica/conferma", FORM,
                form("nome", file.name(), "contenuto", new String(file.bytes(), StandardCharsets.UTF_8)));

        assertNoInternalError(preview.body() + confirm.body());
        if (file.accepted()) {
            assertThat(json(api).get("clean").asBoolean()).isTrue();
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(confirm.statusCode()).isEqualTo(303);
        } else {
            assertThat(preview.statusCode()).isEqualTo(422);
            assertThat(confirm.statusCode()).as("the confirm agrees with the preview").isEqualTo(422);
            assertThat(latest()).as("nothing recorded").isEqualTo(before);
            // the API's preview answers 200 with clean=false for a readable file, 422 for one that is no UTF-8 text
            assertThat(api.statusCode()).isIn(200, 422);
            assertThat(json(api).get("problems").get(0).get("line").asInt()).isEqualTo(file.line());
        }
    }

    /**
     * How the first problem starts: the file, then its line when it has one, alone ("riga 2") or
     * first of the lines of alike problems ("righe 2-7", "righe 2, 9").
     */
    private static String place(HostileCorpus.Case file) {
        var name = Pattern.quote(file.name());
        return file.line() > 0 ? "^" + name + ", (riga " + file.line() + "\\b|righe " + file.line() + "[-,])"
                : "^" + name + ":";
    }

    private static void assertNoInternalError(String text) {
        assertThat(text).doesNotContain("errore interno").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The values recorded in the command line's database, as {@code score} sees them. */
    private static String history(CommandLineRun cli) {
        return cli.run("score", "--entity", "Modena", "--year", "2022", "--format", "json").out();
    }

    private String latest() throws Exception {
        return send("GET", PLANS + "/Modena/2022/values", null, null).body();
    }

    private static final String BOUNDARY = "traguardi-corpus-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String FORM = "application/x-www-form-urlencoded";

    private static byte[] multipart(String name, byte[] bytes) {
        var out = new ByteArrayOutputStream();
        var head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] form(String... pairs) {
        var text = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            text.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
