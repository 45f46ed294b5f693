package it.traguardi.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.LoginThrottle;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.Visitor;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing in and out over real HTTP: the cookie, the refusals, throttling, sign-out and where one lands. */
class SignInPagesTest {

    static final String PASSWORD = "cavallo batteria graffetta";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    Accounts accounts;

    @BeforeEach
    void rossi() {
        accounts = Accounts.on(server.database().dataSource(), Clock.systemUTC());
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, TestActors.TESTER);
    }

    private long sessions() throws SQLException {
        try (var connection = server.database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select count(*) from user_session")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void the_right_password_sets_an_httponly_lax_cookie_and_goes_back_to_the_page_the_person_came_from() throws Exception {
        var visitor = new Visitor(server);
        var page = visitor.get("/accesso?dopo=/piani/Modena/2022");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Accedi</h1>", "name=\"dopo\" value=\"/piani/Modena/2022\"");

        var answer = visitor.post("/accesso", "utente", "Rossi", "password", PASSWORD, "dopo", "/piani/Modena/2022");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/piani/Modena/2022");
        var cookie = Visitor.sessionHeader(answer).orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200").doesNotContain("Secure");
        // 32 random bytes in URL-safe Base64
        assertThat(visitor.session()).matches("[A-Za-z0-9_-]{43}");
        var home = visitor.get("/");
        assertThat(home.body()).contains("<a href=\"/account\" class=\"account-name\">rossi</a>", "Esci")
                .doesNotContain(">Accedi</a>");
        assertThat(new Visitor(server).get("/").body()).contains(">Accedi</a>").doesNotContain("account-name");
    }

    @Test
    void over_https_the_cookie_is_also_secure() throws Exception {
        var visitor = new Visitor(server);
        var answer = visitor.get("/accesso");
        assertThat(answer.statusCode()).isEqualTo(200);
        var signedIn = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/accesso"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("utente=rossi&password=cavallo+batteria+graffetta")));

        assertThat(Visitor.sessionHeader(signedIn)).hasValueSatisfying(c -> assertThat(c).contains("Secure", "HttpOnly"));
    }

    @Test
    void a_wrong_password_and_an_unknown_login_get_the_same_answer_and_no_session() throws Exception {
        var wrong = new Visitor(server).post("/accesso", "utente", "rossi", "password", "sbagliata davvero");
        var unknown = new Visitor(server).post("/accesso", "utente", "nessuno", "password", "sbagliata davvero");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Nome utente o password non corretti.").contains("value=\"rossi\"")
                .doesNotContain("sbagliata davvero");
        // the same page but for the login typed and the CSRF token each new visitor is given
        assertThat(unknown.body().replace("nessuno", "rossi").replaceAll("[0-9a-f]{32}", "TOKEN"))
                .isEqualTo(wrong.body().replaceAll("[0-9a-f]{32}", "TOKEN"));
        assertThat(Visitor.sessionHeader(wrong)).isEmpty();
        assertThat(sessions()).isZero();
    }

    @Test
    void empty_fields_are_told_under_each_field() throws Exception {
        var answer = new Visitor(server).post("/accesso", "utente", " ", "password", "");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("<div id=\"utente-error\" class=\"invalid-feedback d-block\" role=\"alert\">Indicare il nome utente.</div>")
                .contains("<div id=\"password-error\" class=\"invalid-feedback d-block\" role=\"alert\">Indicare la password.</div>");
    }

    @Test
    void after_five_failures_even_the_right_password_is_held_back_with_429_and_a_clear_message() throws Exception {
        for (int i = 0; i < LoginThrottle.PER_LOGIN; i++) {
            assertThat(new Visitor(server).post("/accesso", "utente", "rossi", "password", "sbagliata " + i).statusCode())
                    .isEqualTo(401);
        }

        var held = new Visitor(server).post("/accesso", "utente", "rossi", "password", PASSWORD);

        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).contains("900");
        assertThat(held.body()).contains("Troppi tentativi di accesso non riusciti: per sicurezza l'accesso è sospeso. "
                + "Riprovare tra 15 minuti.");
        assertThat(Visitor.sessionHeader(held)).isEmpty();
    }

    @Test
    void signing_out_deletes_the_session_so_the_old_cookie_is_the_public_again() throws Exception {
        var visitor = new Visitor(server).signIn("rossi", PASSWORD);
        var old = visitor.session();
        assertThat(sessions()).isEqualTo(1);

        var out = visitor.post("/esci");

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/");
        assertThat(Visitor.sessionHeader(out)).hasValueSatisfying(c -> assertThat(c).startsWith("traguardi_sessione=;").contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(sessions()).isZero();
        var replayed = new Visitor(server).withSession(old).get("/account");
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.headers().firstValue("Location")).contains("/accesso?dopo=/account");
        assertThat(new Visitor(server).withSession(old).get("/").body()).contains(">Accedi</a>");
    }

    @Test
    void a_disabled_account_is_signed_out_at_once_and_cannot_sign_in() throws Exception {
        var visitor = new Visitor(server).signIn("rossi", PASSWORD);
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);

        accounts.users().setDisabled("rossi", true, TestActors.TESTER);

        assertThat(visitor.get("/account").statusCode()).isEqualTo(303);
        var again = new Visitor(server).post("/accesso", "utente", "rossi", "password", PASSWORD);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.body()).contains("Nome utente o password non corretti.");
    }

    @Test
    void only_a_local_path_is_followed_after_signing_in() throws Exception {
        var targets = new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil.example",
            "/\r\nSet-Cookie: x=1", "javascript:alert(1)"};
        for (var target : targets) {
            var answer = new Visitor(server).post("/accesso", "utente", "rossi", "password", PASSWORD, "dopo", target);
            assertThat(answer.headers().firstValue("Location")).as(target).contains("/");
        }
        var local = new Visitor(server).post("/accesso", "utente", "rossi", "password", PASSWORD,
                "dopo", "/piani/Modena/2022/valori?periodo=2022");
        assertThat(local.headers().firstValue("Location")).contains("/piani/Modena/2022/valori?periodo=2022");
        var page = new Visitor(server).get("/accesso?dopo=//evil.example");
        assertThat(page.body()).contains("name=\"dopo\" value=\"/\"");
    }

    @Test
    void the_sign_in_page_speaks_english_when_asked() throws Exception {
        var page = new Visitor(server).get("/accesso?lang=en");

        assertThat(page.body()).contains("<html lang=\"en\">", "<h1>Sign in</h1>", "Login", ">Sign in</button>");
    }

    @Test
    void without_an_identity_provider_the_page_offers_no_single_sign_on_and_its_addresses_are_not_found() throws Exception {
        var page = new Visitor(server).get("/accesso");

        assertThat(page.body()).doesNotContain("/accesso/oidc", "Accedi con");
        assertThat(new Visitor(server).get("/accesso/oidc").statusCode()).isEqualTo(404);
        assertThat(new Visitor(server).get("/accesso/oidc/ritorno?state=x&code=y").statusCode()).isEqualTo(404);
    }
}
