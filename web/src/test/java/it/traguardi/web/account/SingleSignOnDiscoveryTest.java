package it.traguardi.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import it.traguardi.core.i18n.Message;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What makes an identity provider unusable at start, each told with its reason (serve turns it into
 * one line and exit 69): nothing listening, a discovery document that names another issuer, one
 * without PKCE S256, signing keys that cannot be read; and the settings refused before any of it.
 * The documents are served over real HTTP on loopback.
 */
class SingleSignOnDiscoveryTest {

    private HttpServer http;

    @AfterEach
    void stop() {
        if (http != null) {
            http.stop(0);
        }
    }

    /** A provider on loopback whose discovery document is made from its own base address. */
    private URI serving(Function<String, String> document) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var base = "http://127.0.0.1:" + http.getAddress().getPort();
        http.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            var body = path.equals("/camera/.well-known/openid-configuration") ? document.apply(base) : null;
            var bytes = body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        http.start();
        return URI.create(base + "/camera");
    }

    private static String document(String issuer, String base, String challenges) {
        return """
                {"issuer":"%s","authorization_endpoint":"%s/camera/authorize","token_endpoint":"%s/camera/token",
                 "jwks_uri":"%s/camera/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":%s}"""
                .formatted(issuer, base, base, base, challenges);
    }

    private static SingleSignOnSettings settings(URI issuer) {
        return new SingleSignOnSettings(issuer, "traguardi", "segreto", "preferred_username", "SPID/CIE", "openid");
    }

    private static SingleSignOnUnavailableException unavailable(URI issuer) {
        return catchThrowableOfType(SingleSignOnUnavailableException.class, () -> SingleSignOn.discover(settings(issuer)));
    }

    @Test
    void nothing_listening_is_unavailable_with_the_connection_refused() {
        var refused = unavailable(URI.create("http://127.0.0.1:1/camera"));

        assertThat(refused.issuer()).hasToString("http://127.0.0.1:1/camera");
        assertThat(refused.reason()).containsIgnoringCase("connection refused");
    }

    @Test
    void a_discovery_document_naming_another_issuer_is_refused() throws IOException {
        var issuer = serving(base -> document("https://altro.example/camera", base, "[\"S256\"]"));

        assertThat(unavailable(issuer).reason()).containsIgnoringCase("issuer");
    }

    @Test
    void a_provider_without_pkce_s256_is_refused() throws IOException {
        var issuer = serving(base -> document(base + "/camera", base, "[\"plain\"]"));

        assertThat(unavailable(issuer).reason()).isEqualTo("the provider does not offer PKCE with S256");
    }

    @Test
    void a_provider_whose_signing_keys_cannot_be_read_is_refused() throws IOException {
        // the document is sound; its jwks_uri answers 404
        var issuer = serving(base -> document(base + "/camera", base, "[\"S256\"]"));

        assertThat(unavailable(issuer).reason()).contains("jwks");
    }

    @Test
    void an_address_that_is_no_provider_at_all_is_refused() throws IOException {
        var issuer = serving(base -> null);

        assertThat(unavailable(issuer).reason()).contains("404");
    }

    @Test
    void settings_are_checked_each_with_its_option() {
        var sound = settings(URI.create("https://login.camera.example/oidc"));
        var wrong = new SingleSignOnSettings(URI.create("http://login.camera.example/oidc?x=1"), " ", "", "codice fiscale",
                "x".repeat(101), "profile email");

        assertThat(sound.problems()).isEmpty();
        assertThat(settings(URI.create("http://localhost:8081/realms/camera")).problems()).isEmpty();
        assertThat(wrong.problems()).extracting(Message::key).containsExactly("oidc.settings.issuer",
                "oidc.settings.client-id", "oidc.settings.client-secret", "oidc.settings.claim", "oidc.settings.label",
                "oidc.settings.scope");
        assertThat(sound.toString()).doesNotContain("segreto");
        assertThat(List.of(new SingleSignOnSettings(URI.create("ftp://login.camera.example/"), "c", "s", "email", "L", "openid")
                .problems().getFirst().key())).containsExactly("oidc.settings.issuer");
    }
}
