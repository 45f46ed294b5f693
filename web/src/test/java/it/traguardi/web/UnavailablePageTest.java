package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.store.Database;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database too busy to give a connection in time (the pool's wait ran out, as under a burst of
 * users) is answered 503 with Retry-After, a page or a problem in the person's language; never 500.
 */
class UnavailablePageTest {

    @TempDir
    Path folder;

    private final AtomicBoolean busy = new AtomicBoolean();
    private Database database;
    private Javalin app;

    @BeforeEach
    void start() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
        app = WebServer.create(new Saturating(database.dataSource(), busy)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    @Test
    void a_page_asked_while_every_connection_is_taken_is_a_503_to_try_again_in_the_persons_language() throws Exception {
        assertThat(get("/", "it").statusCode()).isEqualTo(200);
        busy.set(true);

        var italian = get("/", "it");
        var english = get("/", "en");

        assertThat(italian.statusCode()).isEqualTo(503);
        assertThat(italian.headers().firstValue("Retry-After")).contains("5");
        assertThat(italian.body()).contains("Servizio momentaneamente occupato",
                "non è stato fatto nulla. Riprovare tra 5 secondi.");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Service busy for a moment", "Try again in 5 seconds.");
    }

    @Test
    void an_api_call_asked_while_every_connection_is_taken_is_a_503_problem() throws Exception {
        busy.set(true);

        var answer = get("/api/v1/plans", "it");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).contains("5");
        assertThat(answer.body()).contains("database-busy", "Banca dati occupata");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        var address = URI.create("http://127.0.0.1:" + app.port() + path + "?lang=" + language);
        var request = HttpRequest.newBuilder(address)
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", language).GET().build();
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The real pool, which answers as HikariCP does when its wait for a free connection runs out. */
    private record Saturating(DataSource pool, AtomicBoolean busy) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            if (busy.get()) {
                throw new SQLTransientConnectionException("traguardi - Connection is not available, request timed out");
            }
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}
