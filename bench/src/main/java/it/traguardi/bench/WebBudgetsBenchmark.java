package it.traguardi.bench;

import io.javalin.Javalin;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Unit;
import it.traguardi.store.Database;
import it.traguardi.store.Stores;
import it.traguardi.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 7's budgets, through real HTTP on 127.0.0.1 against the whole application on an H2 file
 * database: a values preview of 20,000 rows on a plan of 2,500 indicators (the API's and the
 * upload page's), and the home page with the 300 plans and 180,000 values of the
 * {@link NationalDataset}, warm (every plan's score computed once, then shown until it changes).
 * Setup prints the first, cold home page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WebBudgetsBenchmark {

    static final String BIG = "Camera Grande";
    static final int YEAR = 2025;
    static final int ROWS = 20_000;

    private final HttpClient http = HttpClient.newHttpClient();
    private Path directory;
    private Database database;
    private Javalin app;
    private byte[] csv;
    private byte[] form;
    private String boundary;

    @Setup(Level.Trial)
    public void start() throws Exception {
        directory = Files.createTempDirectory("traguardi-budgets");
        database = Database.open("jdbc:h2:file:" + directory.resolve("db"));
        // one of each store, as the program builds them: the server is handed those that seeded it
        var stores = Stores.on(database.dataSource());
        var plans = stores.plans();
        var values = stores.values();
        for (var entry : NationalDataset.generate()) {
            plans.save(entry.plan(), false, BenchActor.BENCH);
            entry.values().forEach((period, records) -> values.record(entry.plan().entity(), entry.plan().year(), records, BenchActor.BENCH));
        }
        var big = NationalDataset.plan(BIG, YEAR, 50, new SplittableRandom(7));
        plans.save(big, false, BenchActor.BENCH);
        csv = csv(big);
        boundary = "confine-benchmark";
        form = form(csv, boundary);
        app = WebServer.create(stores).start("127.0.0.1", 0);
        var cold = System.nanoTime();
        var home = get("/");
        System.out.printf("%n[budgets] cold home page: %d ms, %d bytes; plan %s: %d indicators; CSV %d rows, %d bytes%n",
                (System.nanoTime() - cold) / 1_000_000, home.length(), BIG, big.indicators().count(), ROWS, csv.length);
        var preview = apiPreview();
        if (!preview.contains("\"clean\":true")) {
            throw new IllegalStateException("the benchmark's CSV is not clean: " + preview.substring(0, 600));
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        app.stop();
        database.close();
        ScratchFolders.delete(directory);
    }

    /**
     * 20,000 rows: each indicator of the plan eight times, with a value of its unit and a reason
     * (most values fall short of their targets, and such a value must say why).
     */
    static byte[] csv(Plan plan) {
        var text = new StringBuilder("code;period;value;reason\n");
        var indicators = plan.indicators().toList();
        for (int row = 0; row < ROWS; row++) {
            var indicator = indicators.get(row % indicators.size());
            var value = indicator.definition().unit() == Unit.DATE ? "31-10-" + YEAR : Integer.toString(10 + row % 90);
            text.append(indicator.code()).append(';').append(YEAR).append(';').append(value).append(";rilevato\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] form(byte[] file, String boundary) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"valori.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private String send(HttpRequest.Builder request) throws Exception {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The home page, warm: 301 plans, each score from memory after one query of stamps. */
    @Benchmark
    public String homePage() throws Exception {
        return get("/");
    }

    /** The API's check of a values CSV: 20,000 rows on 2,500 indicators, every row returned as JSON. */
    @Benchmark
    public String apiPreview() throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/plans/" + BIG.replace(" ", "%20") + "/" + YEAR + "/values/preview"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    /** The upload page's preview of the same file: every row in an HTML table, the text in the confirm form. */
    @Benchmark
    public String pagePreview() throws Exception {
        return send(HttpRequest.newBuilder(uri("/piani/" + BIG.replace(" ", "%20") + "/" + YEAR + "/valori/carica"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
    }
}
