package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PostgresSchema;
import it.traguardi.store.Stores;
import it.traguardi.store.account.Accounts;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.Authentication;
import it.traguardi.web.account.SingleSignOn;
import it.traguardi.web.account.SingleSignOnSettings;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No work lives in one server's memory: two servers on the same PostgreSQL database (two
 * {@code WebServer.create}, each with its own pool, as two instances behind a load balancer) finish
 * what the other began (an upload, a stale edit, a person's session, a single sign-on), and a server restarted between
 * two steps loses nothing.
 */
class SharedServersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]{32})\"");

    @TempDir
    Path folder;
    private PostgresSchema schema;
    private Database first;
    private Database second;
    private Javalin one;
    private Javalin other;

    @AfterEach
    void stop() throws SQLException {
        for (var app : new Javalin[] {one, other}) {
            if (app != null) {
                app.stop();
            }
        }
        for (var database : new Database[] {first, second}) {
            if (database != null) {
                database.close();
            }
        }
        if (schema != null) {
            schema.close();
        }
    }

    /** Two servers on one fresh PostgreSQL schema holding the Modena 2022 seed. */
    private void startTwoOnPostgres() throws Exception {
        startTwoOnPostgres(Optional.empty());
    }

    /** As above, both offering single sign-on through the provider when one is given. */
    private void startTwoOnPostgres(Optional<SingleSignOn> singleSignOn) throws Exception {
        schema = PostgresSchema.create();
        var url = schema.url();
        first = Database.open(url);
        new PlanStore(first.dataSource()).save(AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(),
                Overrides.NONE).plan(), false, TestActors.TESTER);
        second = Database.open(url);
        one = serverOn(first, singleSignOn);
        other = serverOn(second, singleSignOn);
    }

    /** A server with its own stores on the database, people signing in as in production. */
    private static Javalin serverOn(Database database, Optional<SingleSignOn> singleSignOn) {
        var stores = Stores.on(database.dataSource());
        return WebServer.create(stores, AccessPolicy.ALLOW_EVERYTHING, RequestLimits.DEFAULTS,
                AccessGate.signedIn(new Authentication(stores.accounts())), singleSignOn).start("127.0.0.1", 0);
    }

    @Test
    void an_upload_previewed_on_one_server_is_confirmed_on_the_other() throws Exception {
        startTwoOnPostgres();
        var preview = upload(one, "Camera di Parma");
        var token = TOKEN.matcher(preview.body());
        assertThat(token.find()).as(preview.body()).isTrue();

        var confirmed = post(other, "/piani/nuovo/conferma", "token=" + token.group(1));

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/piani/Camera%20di%20Parma/2022");
        var indicators = seedIndicators();
        assertThat(new PlanStore(first.dataSource()).load("Camera di Parma", 2022)).hasValueSatisfying(
                p -> assertThat(p.indicators().count()).isEqualTo(indicators));
        // confirmed once: the token is spent, on either server
        assertThat(post(one, "/piani/nuovo/conferma", "token=" + token.group(1)).statusCode()).isEqualTo(410);
    }

    @Test
    void an_edit_over_an_old_version_is_told_on_one_server_what_changed_on_the_other() throws Exception {
        startTwoOnPostgres();
        var plan = new PlanStore(first.dataSource()).load("Modena", 2022).orElseThrow();
        var id = plan.indicators().findFirst().orElseThrow().id().value();
        var path = "/api/v1/plans/Modena/2022/nodes/" + id;

        var changed = put(one, path, "{\"weight\":\"40\"}", "\"1\"");
        var stale = put(other, path, "{\"title\":\"Altro\"}", "\"1\"");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(412);
        // the second server never saw version 1: the comparison comes from the database
        assertThat(stale.body()).contains("\"changesKnown\":true").contains("\"field\":\"weight\"").contains("→ 40,00%");
    }

    @Test
    void a_person_signed_in_on_one_server_continues_on_the_other_and_signing_out_there_ends_it_on_both() throws Exception {
        startTwoOnPostgres();
        Accounts.on(first.dataSource(), Clock.systemUTC()).users().add("rossi", "Mario Rossi", false, "parola segreta lunga", TestActors.TESTER);

        var signIn = post(one, "/accesso", "utente=rossi&password=parola+segreta+lunga");
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303);
        var session = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("traguardi_sessione="))
                .findFirst().orElseThrow().split(";", 2)[0];
        // the other server never saw the sign-in: the session is a row of the shared database
        var account = get(other, "/account", session);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Mario Rossi");

        var csrf = "0123456789abcdef0123456789abcdef";
        var signOut = HTTP.send(HttpRequest.newBuilder(uri(other, "/esci"))
                .header("Cookie", session + "; traguardi_csrf=" + csrf).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(303);
        // signed out on the second server: the first one sends the old cookie to sign in again
        var after = get(one, "/account", session);
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location").orElseThrow()).startsWith("/accesso");
    }

    @Test
    void a_single_sign_on_begun_on_one_server_is_finished_on_the_other() throws Exception {
        var provider = LoopbackProvider.started(new OAuth2Config(), "camera");
        try {
            startTwoOnPostgres(Optional.of(SingleSignOn.discover(new SingleSignOnSettings(provider.issuerUrl("camera").uri(),
                    "traguardi", "segreto", "email", "SPID/CIE", "openid email"))));
            Accounts.on(first.dataSource(), Clock.systemUTC()).users().add("m.rossi@camera.example", "Mario Rossi", false,
                    "parola segreta lunga", TestActors.TESTER);
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("camera", "soggetto-1", "JWT", null,
                    Map.of("email", "M.Rossi@Camera.example"), 3600L));

            var start = get(one, "/accesso/oidc?dopo=/account", "");
            assertThat(start.statusCode()).isEqualTo(303);
            var state = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("traguardi_oidc="))
                    .findFirst().orElseThrow().split(";", 2)[0];
            var atProvider = HTTP.send(HttpRequest.newBuilder(URI.create(start.headers().firstValue("Location").orElseThrow()))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(atProvider.statusCode()).isEqualTo(302);
            // the balancer sends the return to the other instance, which never saw the sign-in begin
            var returned = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
            var back = get(other, returned.getRawPath() + "?" + returned.getRawQuery(), state);

            assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
            assertThat(back.headers().firstValue("Location")).hasValue("/account");
            var session = back.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("traguardi_sessione="))
                    .findFirst().orElseThrow().split(";", 2)[0];
            assertThat(get(one, "/account", session).body()).contains("Mario Rossi");
            // taken once, on either server
            assertThat(get(one, returned.getRawPath() + "?" + returned.getRawQuery(), state).statusCode()).isEqualTo(410);
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void a_restart_between_preview_and_confirmation_loses_nothing() throws Exception {
        var url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
        first = Database.open(url);
        one = WebServer.create(first.dataSource()).start("127.0.0.1", 0);
        var preview = upload(one, "Camera di Parma");
        var token = TOKEN.matcher(preview.body());
        assertThat(token.find()).as(preview.body()).isTrue();
        one.stop();
        first.close();

        first = Database.open(url);
        one = WebServer.create(first.dataSource()).start("127.0.0.1", 0);
        var confirmed = post(one, "/piani/nuovo/conferma", "token=" + token.group(1));

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        assertThat(new PlanStore(first.dataSource()).load("Camera di Parma", 2022)).isPresent();
    }

    private static long seedIndicators() throws Exception {
        return AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan().indicators().count();
    }

    /** The seed's file uploaded for preview under another entity, as the new-plan form sends it. */
    private static HttpResponse<String> upload(Javalin app, String entity) throws Exception {
        var boundary = "confine" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"ente\"\r\n\r\n" + entity
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"piano.tsv\"\r\n"
                + "Content-Type: text/tab-separated-values\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(DemoData.modena2022());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri(app, "/piani/nuovo/caricamento"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(Javalin app, String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(app, path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(Javalin app, String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(uri(app, path)).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> put(Javalin app, String path, String json, String version) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(app, path)).header("Content-Type", "application/json")
                .header("If-Match", version).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(Javalin app, String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

}
