package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.Stores;
import it.traguardi.web.access.AccessPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reads and writes through the stores it is given, and only those: pages and API routes
 * share one plan store, so one cache of plans. The database under it records every statement, and
 * reading a plan's nodes (the cost the cache saves) shows which route read the plan anew.
 */
class WebServerStoresTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The plan reader's query of a plan's nodes: run only when the plan is not in the cache. */
    private static final String NODES_READ = "from plan_node where plan_id = ? order by position";

    @TempDir
    Path dir;

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private Database database;
    private Stores stores;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        database = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        stores = Stores.on(recording(database.dataSource()));
        stores.plans().save(AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan(),
                false, TestActors.TESTER);
        app = WebServer.create(stores, AccessPolicy.ALLOW_EVERYTHING, RequestLimits.DEFAULTS).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    @Test
    void a_plan_read_through_the_given_store_is_not_read_again_by_pages_or_api() throws Exception {
        stores.plans().load("Modena", 2022).orElseThrow();
        statements.clear();

        assertThat(send("GET", "/piani/Modena/2022", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/plans/Modena/2022", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/piani/Modena/2022/modifica", null).statusCode()).isEqualTo(200);

        assertThat(nodeReads()).isZero();
    }

    @Test
    void a_change_through_the_api_is_on_the_pages_after_one_reading_of_the_new_version() throws Exception {
        var indicator = stores.plans().load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow();
        var path = "/piani/Modena/2022/indicatori/" + indicator.id().value();
        assertThat(send("GET", path, null).body()).doesNotContain("Titolo cambiato via API");

        var put = send("PUT", "/api/v1/plans/Modena/2022/nodes/" + indicator.id().value(),
                "{\"title\":\"Titolo cambiato via API\"}", "If-Match", "\"1\"");
        assertThat(put.statusCode()).isEqualTo(200);
        statements.clear();

        assertThat(send("GET", path, null).body()).contains("Titolo cambiato via API");
        assertThat(send("GET", "/piani/Modena/2022", null).body()).contains("Titolo cambiato via API");
        assertThat(send("GET", "/api/v1/plans/Modena/2022", null).body()).contains("Titolo cambiato via API");
        // version 2 is read once, by the first page; the second page and the API find it in the one cache
        assertThat(nodeReads()).isEqualTo(1);
        assertThat(stores.plans().loadVersioned("Modena", 2022).orElseThrow().version()).isEqualTo(2);
        assertThat(nodeReads()).isEqualTo(1);
    }

    private long nodeReads() {
        return statements.stream().filter(sql -> sql.replaceAll("\\s+", " ").contains(NODES_READ)).count();
    }

    private HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The database as it is, noting the text of every statement prepared on its connections. */
    private DataSource recording(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    var result = invoke(real, method, args);
                    return result instanceof Connection connection ? recording(connection) : result;
                });
    }

    private Connection recording(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
