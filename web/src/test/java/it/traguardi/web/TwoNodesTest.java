package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PostgresSchema;
import it.traguardi.store.Stores;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.Authentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes behind a load balancer: two servers, each with its own pool and stores (so its own
 * plan cache and dashboard cache), on one PostgreSQL database. What one changes the other shows at
 * its very next request, although it had the old plan in memory; writes of the same plan through
 * both at once are each either recorded or refused as busy, and make one audit chain.
 */
class TwoNodesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PostgresSchema schema;
    private Database first;
    private Database second;
    private Javalin a;
    private Javalin b;

    @BeforeEach
    void startTwoNodes() throws Exception {
        schema = PostgresSchema.create();
        var url = schema.url();
        first = Database.open(url);
        new PlanStore(first.dataSource()).save(AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(),
                Overrides.NONE).plan(), false, TestActors.TESTER);
        second = Database.open(url);
        a = node(first);
        b = node(second);
    }

    @AfterEach
    void stop() throws SQLException {
        for (var app : new Javalin[] {a, b}) {
            if (app != null) {
                app.stop();
            }
        }
        for (var database : new Database[] {first, second}) {
            if (database != null) {
                database.close();
            }
        }
        schema.close();
    }

    private static Javalin node(Database database) {
        var stores = Stores.on(database.dataSource());
        return WebServer.create(stores, AccessPolicy.ALLOW_EVERYTHING, RequestLimits.DEFAULTS,
                AccessGate.signedIn(new Authentication(stores.accounts())), Optional.empty()).start("127.0.0.1", 0);
    }

    @Test
    void a_node_changed_on_one_server_is_read_changed_on_the_other_at_once() throws Exception {
        var id = new PlanStore(first.dataSource()).load("Modena", 2022).orElseThrow().indicators()
                .filter(i -> i.code().equals("301.51")).findFirst().orElseThrow().id().value();
        var path = "/api/v1/plans/Modena/2022/nodes/" + id;
        // b reads the plan first, so it holds version 1 in its cache
        var before = send(b, HttpRequest.newBuilder(uri(b, path)).GET()).body();

        var changed = send(a, HttpRequest.newBuilder(uri(a, path)).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Titolo cambiato su A\"}")));
        var after = send(b, HttpRequest.newBuilder(uri(b, path)).GET());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(before).contains("\"code\":\"301.51\"").doesNotContain("Titolo cambiato su A");
        assertThat(after.body()).contains("\"title\":\"Titolo cambiato su A\"");
    }

    @Test
    void a_value_recorded_on_one_server_is_on_the_other_servers_dashboard_at_its_next_request() throws Exception {
        var home = send(b, HttpRequest.newBuilder(uri(b, "/")).GET());
        assertThat(home.body()).doesNotContain("7.777");

        var recorded = postValue(a, "301.51", "7777");
        var again = send(b, HttpRequest.newBuilder(uri(b, "/")).GET());

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(again.body()).contains("7.777");
    }

    @Test
    void a_value_recorded_on_one_server_is_on_the_other_servers_plan_tree_at_its_next_request() throws Exception {
        var tree = "/piani/Modena/2022";
        // b renders the tree and holds it; asked again it sends the page it holds
        var before = send(b, HttpRequest.newBuilder(uri(b, tree)).GET());
        var held = send(b, HttpRequest.newBuilder(uri(b, tree)).GET());

        var recorded = postValue(a, "301.51", "7777");
        var after = send(b, HttpRequest.newBuilder(uri(b, tree)).GET());

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(held.body()).doesNotContain("7.777");
        assertThat(headline(held.body())).isEqualTo("N/D");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("7.777");
        assertThat(headline(after.body())).isNotEqualTo("N/D").endsWith("%");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(held.headers().firstValue("ETag"));
    }

    @Test
    void values_written_through_both_servers_at_once_are_each_recorded_or_refused_and_make_one_audit_chain() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 40; i++) {
                var node = i % 2 == 0 ? a : b;
                var value = String.valueOf(5000 + i);
                answers.add(pool.submit(() -> postValue(node, "301.51", value)));
            }
            var recorded = new ArrayList<String>();
            for (int i = 0; i < answers.size(); i++) {
                var answer = answers.get(i).get(60, TimeUnit.SECONDS);
                // 201, or 409 plan-busy (nothing saved): never a 500, never an accepted write lost
                assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
                if (answer.statusCode() == 201) {
                    recorded.add(String.valueOf(5000 + i));
                }
            }

            assertThat(storedValues()).containsExactlyInAnyOrderElementsOf(recorded);
            assertThat(Stores.on(second.dataSource()).audit().verify()).isInstanceOf(ChainCheck.Intact.class);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The amounts of every value record of the database (only 301.51 gets any here), as whole numbers. */
    private List<String> storedValues() throws SQLException {
        var out = new ArrayList<String>();
        try (var connection = first.dataSource().getConnection(); var select = connection.prepareStatement(
                "select amount from actual_value where period_year = 2022 and period_date is null")) {
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getBigDecimal(1).toBigInteger().toString());
                }
            }
        }
        return out;
    }

    /** The plan's overall result at the top of its tree page. */
    private static String headline(String page) {
        var matcher = Pattern.compile("id=\"headline\">.*?<strong>(.*?)</strong>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1).strip();
    }

    private static HttpResponse<String> postValue(Javalin node, String code, String value) throws Exception {
        var json = "[{\"code\":\"" + code + "\",\"period\":\"2022\",\"value\":\"" + value + "\",\"reason\":\"prova su due nodi\"}]";
        return send(node, HttpRequest.newBuilder(uri(node, "/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(Javalin node, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(Javalin node, String path) {
        return URI.create("http://127.0.0.1:" + node.port() + path);
    }

}
