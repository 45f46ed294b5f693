package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What one request may cost, over real HTTP on loopback: bodies and files over their limits are
 * refused with 413 in the person's language (a page, or a problem under /api), never 500; slow
 * bodies are cut off and do not starve the server. The limits here are small (64 KiB a body,
 * 16 KiB a file, 16 threads) so the tests stay small; the defaults are the same code.
 */
class RequestLimitsTest {

    private static final int BODY = 64 * 1024;
    private static final int FILE = 16 * 1024;
    private static final int THREADS = 16;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed()
            .withLimits(RequestLimits.DEFAULTS.withSizes(BODY, FILE).withThreads(THREADS));

    @Test
    void a_form_upload_declaring_fifty_megabytes_is_refused_unread_with_an_italian_page() throws Exception {
        var boundary = "limite";
        var head = "POST /piani/nuovo/caricamento HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: " + 50 * 1024 * 1024 + "\r\n\r\n";
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ")
                    .contains("<html lang=\"it\"")
                    .contains("La richiesta supera i limiti: al massimo 64 KB per una richiesta e 16 KB per un file.");
        }
    }

    @Test
    void a_file_over_its_limit_in_a_form_under_the_body_limit_is_refused_with_413_in_english() throws Exception {
        var form = multipart("file", "alberatura.tsv", new byte[FILE + 1]);

        var response = send(HttpRequest.newBuilder(uri("/piani/nuovo/caricamento?lang=en"))
                .header("Content-Type", form.type()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"en\"").contains("<h1>File or request too large</h1>")
                .contains("at most 64 KB for a request and 16 KB for a file");
    }

    @Test
    void a_form_sent_in_chunks_past_the_body_limit_is_refused_with_413() throws Exception {
        // no Content-Length: the limit can only be seen while reading; the values confirm form, URL-encoded
        var body = ("nome=valori.csv&contenuto=" + "x".repeat(BODY + 1)).getBytes(StandardCharsets.US_ASCII);

        var response = send(HttpRequest.newBuilder(uri("/piani/Modena/2022/valori/carica/conferma"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<h1>File o richiesta troppo grande</h1>");
    }

    @Test
    void a_multipart_upload_sent_in_chunks_past_the_body_limit_is_refused_with_413() throws Exception {
        var form = multipart("file", "valori.csv", new byte[BODY + 1]);

        var response = send(HttpRequest.newBuilder(uri("/piani/Modena/2022/valori/carica"))
                .header("Content-Type", form.type())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.body()))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<h1>File o richiesta troppo grande</h1>");
    }

    @Test
    void an_api_file_over_the_file_limit_is_a_413_problem_in_the_language_asked() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/v1/plans/preview"))
                .header("Content-Type", "text/tab-separated-values").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FILE + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(response.body()).contains("\"title\":\"Request too large\"").contains("\"status\":413")
                .contains("at most 64 KB for a request and 16 KB for a file");
    }

    @Test
    void an_upload_over_the_limit_changes_nothing_and_keeps_no_pending_file() throws Exception {
        // a real alberatura padded past the file limit: the seed alone would be stored or kept for confirmation
        var padded = Arrays.copyOf(it.traguardi.exchange.DemoData.modena2022(), Math.max(FILE + 1,
                it.traguardi.exchange.DemoData.modena2022().length + 1));
        var page = send(HttpRequest.newBuilder(uri("/piani/nuovo/caricamento"))
                .header("Content-Type", multipart("file", "piano.tsv", padded).type())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("file", "piano.tsv", padded).body())));
        var api = send(HttpRequest.newBuilder(uri("/api/v1/plans?entity=Parma&year=2022"))
                .header("Content-Type", "text/tab-separated-values").POST(HttpRequest.BodyPublishers.ofByteArray(padded)));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(server.store().list()).extracting(p -> p.entity()).containsExactly("Modena");
        try (var connection = server.database().dataSource().getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select count(*) from pending_upload")) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    @Test
    void an_api_body_sent_in_chunks_past_the_body_limit_is_a_413_problem() throws Exception {
        var body = ("[" + "{},".repeat(BODY / 3 + 1) + "{}]").getBytes(StandardCharsets.US_ASCII);

        var response = send(HttpRequest.newBuilder(uri("/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"title\":\"Richiesta troppo grande\"")
                .contains("\"type\":\"/api/problems/content-too-large\"");
    }

    @Test
    void a_body_within_the_limits_still_reaches_its_handler() throws Exception {
        // the same form as above, small: the values page answers with the file's problems, not a refusal
        var form = multipart("file", "valori.csv", "code;period;value\nnessuno;2022;1\n".getBytes(StandardCharsets.UTF_8));

        var response = send(HttpRequest.newBuilder(uri("/piani/Modena/2022/valori/carica"))
                .header("Content-Type", form.type()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("nessuno");
    }

    /**
     * Twice as many slow clients as the server has threads, each sending one byte every 300 ms of a
     * body it says is 1,000 bytes long (at most 40 bytes each, so the test ends even if nothing is
     * cut): /health still answers, and every slow request is cut off by the server before its
     * client stops sending.
     */
    @Test
    void slow_bodies_are_cut_off_and_do_not_starve_the_server() throws Exception {
        var slow = new ArrayList<Socket>();
        try {
            for (int i = 0; i < 2 * THREADS; i++) {
                var socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.getOutputStream().write(("POST /piani/Modena/2022/valori HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            var cut = new boolean[slow.size()];
            HttpResponse<String> health = null;
            for (int round = 0; round < 40 && (health == null || !allTrue(cut)); round++) {
                for (int i = 0; i < slow.size(); i++) {
                    cut[i] = cut[i] || !trickle(slow.get(i));
                }
                if (round == 3) {
                    health = send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(10)).GET());
                }
                Thread.sleep(300);
            }
            assertThat(health).isNotNull();
            assertThat(health.statusCode()).isEqualTo(200);
            for (int i = 0; i < slow.size(); i++) {
                cut[i] = cut[i] || closedByServer(slow.get(i));
            }
            assertThat(cut).as("every slow request was cut off by the server").containsOnly(true);
        } finally {
            for (var socket : slow) {
                socket.close();
            }
        }
    }

    private static boolean allTrue(boolean[] values) {
        for (var v : values) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    /** Sends one more byte; false when the server has closed the connection. */
    private static boolean trickle(Socket socket) {
        try {
            socket.getOutputStream().write('a');
            socket.getOutputStream().flush();
            return !closedByServer(socket, 1);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean closedByServer(Socket socket) {
        return closedByServer(socket, 5_000);
    }

    /** Whether the server answered (an error status) or closed the connection within the wait. */
    private static boolean closedByServer(Socket socket, int waitMillis) {
        try {
            socket.setSoTimeout(waitMillis);
            socket.getInputStream().read();
            return true; // an answer to a body not yet sent, or the end of the stream: cut off
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // a reset after the answer: what was read is the answer
        }
        return out.toByteArray();
    }

    private record Form(String type, byte[] body) {
    }

    private static Form multipart(String field, String file, byte[] content) {
        var boundary = "confine" + Arrays.hashCode(content);
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Form("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
