package it.traguardi.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import it.traguardi.store.Database;
import it.traguardi.store.Stores;
import it.traguardi.web.RequestLimits;
import it.traguardi.web.WebServer;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.Authentication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's address behind a load balancer: believed only from a trusted proxy, read from the right. */
class TrustedProxiesTest {

    private static final TrustedProxies HAPROXY = new TrustedProxies(Set.of("10.0.0.5", "10.0.0.6"));

    @Test
    void a_request_from_a_trusted_proxy_comes_from_the_last_address_that_is_not_a_proxy() {
        assertThat(HAPROXY.clientAddress("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        // the client wrote the first address itself; the second proxy appended the first's
        assertThat(HAPROXY.clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.6")).isEqualTo("203.0.113.7");
        assertThat(HAPROXY.clientAddress("10.0.0.5", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void the_header_is_not_believed_from_anyone_else_nor_when_it_is_not_a_list_of_addresses() {
        assertThat(HAPROXY.clientAddress("198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
        assertThat(TrustedProxies.NONE.clientAddress("10.0.0.5", "203.0.113.7")).isEqualTo("10.0.0.5");
        assertThat(HAPROXY.clientAddress("10.0.0.5", "203.0.113.7, <script>")).isEqualTo("10.0.0.5");
        assertThat(HAPROXY.clientAddress("10.0.0.5", "999.1.1.1")).isEqualTo("10.0.0.5");
        assertThat(HAPROXY.clientAddress("10.0.0.5", "  ")).isEqualTo("10.0.0.5");
        assertThat(HAPROXY.clientAddress("10.0.0.5", null)).isEqualTo("10.0.0.5");
        // only proxies in the header: the nearest one's connection is all that is known
        assertThat(HAPROXY.clientAddress("10.0.0.5", "10.0.0.6")).isEqualTo("10.0.0.5");
    }

    @Test
    void a_list_of_proxies_is_read_from_commas_and_refuses_what_is_not_an_address() {
        assertThat(TrustedProxies.parse(" 10.0.0.5, ::1 ,").addresses()).containsExactlyInAnyOrder("10.0.0.5", "::1");
        assertThat(TrustedProxies.parse("").addresses()).isEmpty();
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.5, haproxy.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("haproxy.example");
    }

    @Test
    void behind_a_trusted_proxy_failed_sign_ins_are_counted_by_the_client_not_by_the_proxy(@TempDir Path folder)
            throws Exception {
        try (var database = Database.open("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath())) {
            var stores = Stores.on(database.dataSource());
            Javalin app = WebServer.create(stores, AccessPolicy.ALLOW_EVERYTHING, RequestLimits.DEFAULTS,
                    AccessGate.signedIn(new Authentication(stores.accounts())), Optional.empty(),
                    new TrustedProxies(Set.of("127.0.0.1"))).start("127.0.0.1", 0);
            try {
                assertThat(failSignIn(app, "203.0.113.7")).isEqualTo(401);
                assertThat(failSignIn(app, "198.51.100.20")).isEqualTo(401);
                assertThat(failSignIn(app, "not an address")).isEqualTo(401);
            } finally {
                app.stop();
            }
            assertThat(failureAddresses(database)).containsExactly("203.0.113.7", "198.51.100.20", "127.0.0.1");
        }
    }

    private static int failSignIn(Javalin app, String forwardedFor) throws Exception {
        var form = "utente=" + URLEncoder.encode("nessuno", StandardCharsets.UTF_8) + "&password=sbagliata";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/accesso"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static List<String> failureAddresses(Database database) throws SQLException {
        try (var connection = database.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select address from login_failure order by id")) {
            var out = new ArrayList<String>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
    }
}
