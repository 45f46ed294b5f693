package it.traguardi.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.Route;

/**
 * A real OpenID Connect provider on loopback for the single sign-on tests (mock-oauth2-server),
 * started and asked once for its discovery document with a generous limit (a minute): its first
 * answer in a JVM loads its templates and JSON libraries, which on a busy machine can take longer
 * than the application's own limit for an answer, and that first answer is not what the tests are
 * about. A provider that never answers fails the test instead of holding the suite.
 */
public final class LoopbackProvider {

    private LoopbackProvider() {
    }

    public static MockOAuth2Server started(OAuth2Config config, String issuerId, Route... routes) {
        var provider = new MockOAuth2Server(config, routes);
        provider.start(InetAddress.getLoopbackAddress(), 0);
        try (var http = HttpClient.newHttpClient()) {
            http.send(HttpRequest.newBuilder(URI.create(provider.wellKnownUrl(issuerId).toString()))
                    .timeout(Duration.ofMinutes(1)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("the test's identity provider did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waking the test's identity provider", e);
        }
        return provider;
    }
}
