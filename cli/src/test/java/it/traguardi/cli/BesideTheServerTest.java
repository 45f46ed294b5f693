package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.exchange.DemoData;
import it.traguardi.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running server on the embedded database, and the failures a user meets
 * at the terminal: each is one line in the user's language, never a stack trace.
 */
class BesideTheServerTest {

    private static final Pattern LISTENING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path folder;

    @Test
    void the_command_line_reads_and_writes_the_embedded_database_while_serve_runs_in_another_process()
            throws Exception {
        var run = new CommandLineRun(folder);
        var server = startServe(run.databaseUrl());
        try {
            int port = server.port();

            var plans = run.run("plans");
            assertThat(plans.err()).isEmpty();
            assertThat(plans.exitCode()).isZero();
            assertThat(plans.out()).contains("Modena").contains("2022").contains("94");

            var seed = run.write("seed.tsv", DemoData.modena2022());
            var copy = run.run("import", seed.toString(), "--entity", "Carpi");
            assertThat(copy.exitCode()).as(copy.err()).isZero();
            assertThat(copy.out()).contains("Carpi");
            // a new plan is a draft, read only by its entity's people: approved and published, the public reads it
            run.succeeded("plan", "approve", "--entity", "Carpi", "--year", "2022", "--act-number", "7",
                    "--act-date", "01-02-2022");
            run.succeeded("plan", "publish", "--entity", "Carpi", "--year", "2022");

            // what the command line stored, the server serves at once
            var listed = get(port, "/api/v1/plans");
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains("\"Carpi\"").contains("\"Modena\"");
        } finally {
            server.stop();
        }
    }

    @Test
    void a_server_without_an_administrator_says_how_to_make_one_and_refuses_changes_until_one_exists() throws Exception {
        var run = new CommandLineRun(folder);
        var server = startServe(run.databaseUrl(), "--no-demo");
        try {
            assertThat(server.printed()).contains("Questa installazione non ha ancora un amministratore: il server "
                    + "mostra i piani ma rifiuta ogni modifica finché non se ne crea uno con", "  ./traguardi user add NOME --admin");
            var refused = delete(server.port(), "/api/v1/plans/Modena/2022", "");
            // not signed in: 401 from the API, saying what the installation lacks
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("nessuna modifica è ammessa finché non se ne crea uno");

            assertThat(run.run("user", "add", "admin", "--admin").exitCode()).isZero();
            var token = run.run("user", "token", "admin", "--name", "Prova").out().lines().toList().get(1);

            // the same server, not restarted: the public is now asked to sign in, the administrator's token may change
            assertThat(delete(server.port(), "/api/v1/plans/Modena/2022", "").body())
                    .contains("Per modificare il piano occorre accedere con un utente che ne abbia il ruolo.");
            assertThat(delete(server.port(), "/api/v1/plans/Modena/2022", token).statusCode()).isEqualTo(404);
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> delete(int port, String path, String token) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).DELETE();
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_second_serve_on_a_busy_port_says_so_in_one_line() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var run = new CommandLineRun(folder);
            var outcome = run.run("serve", "--no-demo", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(outcome.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
            assertThat(outcome.err().lines().toList()).containsExactly("la porta " + taken.getLocalPort()
                    + " di 127.0.0.1 è già in uso (Traguardi è forse già avviato): sceglierne un'altra con --port");
        }
    }

    @Test
    void a_database_that_cannot_be_opened_is_named_in_one_line_without_its_password() {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new String[] {"plans", "--lang", "en", "--db",
            "jdbc:postgresql://127.0.0.1:1/none?user=traguardi&password=segreta&connectTimeout=2"},
                new PrintWriter(out), new PrintWriter(err), new ErrorLog(folder.resolve("log")));

        assertThat(code).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("cannot open the database jdbc:postgresql://127.0.0.1:1/none?user=traguardi&password=***"
                        + "&connectTimeout=2: ")
                .contains("127.0.0.1:1")
                .doesNotContain("segreta");
        assertThat(folder.resolve("log")).doesNotExist();
    }

    @Test
    void an_internal_error_is_one_line_naming_the_log_which_holds_the_stack_trace() throws Exception {
        var run = new CommandLineRun(folder);
        try (var database = Database.open(run.databaseUrl());
                var connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            // a database whose first migration was changed after it ran: Flyway refuses to go on
            statement.executeUpdate("update flyway_schema_history set checksum = checksum + 1 where installed_rank = 1");
        }
        var log = folder.resolve("logs").resolve("traguardi.log");
        var err = new StringWriter();

        int code = Main.run(new String[] {"plans", "--db", run.databaseUrl()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), new ErrorLog(log));

        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString().lines().toList()).containsExactly("errore interno (FlywayValidateException): "
                + "i dettagli sono nel registro " + log.toAbsolutePath().normalize());
        assertThat(Files.readString(log)).startsWith("--- ").contains("FlywayValidateException").contains("\tat ");
    }

    @Test
    void the_log_is_named_by_the_environment_or_lies_under_data_in_the_working_folder() {
        assertThat(ErrorLog.configured(Map.of(ErrorLog.VARIABLE, " /srv/traguardi/errori.log ")).file())
                .isEqualTo(Path.of("/srv/traguardi/errori.log"));
        assertThat(ErrorLog.configured(Map.of()).file())
                .isEqualTo(Path.of("data", "traguardi.log").toAbsolutePath().normalize());
    }

    /** A serve process, its port, and the lines it printed before it listened. */
    private record Serve(Process process, int port, List<String> printed) {

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** {@code traguardi serve} in a JVM of its own on a free port, once it listens. */
    private static Serve startServe(String databaseUrl, String... options) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--db", databaseUrl));
        command.addAll(List.of(options));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .start();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var printed = new CopyOnWriteArrayList<String>();
        var port = CompletableFuture.supplyAsync(() -> {
            try {
                for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                    printed.add(line);
                    var listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        return Integer.parseInt(listening.group(1));
                    }
                }
                throw new IllegalStateException("serve ended before listening");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            var serve = new Serve(process, port.get(90, TimeUnit.SECONDS), List.copyOf(printed));
            // keep draining what the server prints, so that it never blocks on a full pipe
            CompletableFuture.runAsync(() -> reader.lines().forEach(line -> { }));
            return serve;
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
