package it.traguardi.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.store.Actor;
import it.traguardi.store.AuditEntry;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.SignIn;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.Visitor;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account page over real HTTP: who one is, the change of password, and personal API tokens. */
class AccountPagesTest {

    static final String PASSWORD = "cavallo batteria graffetta";
    static final String NEW_PASSWORD = "un'altra frase abbastanza lunga";
    private static final Pattern SECRET = Pattern.compile("<code id=\"new-token\" class=\"secret-token\">(trg_[A-Za-z0-9_-]{43})</code>");

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    Accounts accounts;
    Visitor rossi;

    @BeforeEach
    void signedIn() throws Exception {
        accounts = Accounts.on(server.database().dataSource(), Clock.systemUTC());
        var user = accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, TestActors.TESTER);
        accounts.users().grant(user.id(), new Grant("Modena", Role.REFERENTE), TestActors.TESTER);
        rossi = new Visitor(server).signIn("rossi", PASSWORD);
    }

    private int apiStatus(String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/account"))
                .header("Authorization", "Bearer " + token).GET()).statusCode();
    }

    @Test
    void the_public_is_sent_to_sign_in_and_back() throws Exception {
        var answer = new Visitor(server).get("/account");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/accesso?dopo=/account");
        assertThat(new Visitor(server).post("/account/token", "nome", "x", "giorni", "9").statusCode()).isEqualTo(303);
        assertThat(accounts.tokens().of(accounts.users().find("rossi").orElseThrow().id())).isEmpty();
    }

    @Test
    void the_page_names_the_person_and_their_roles() throws Exception {
        var page = rossi.get("/account");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hai effettuato l'accesso come Mario Rossi (nome utente rossi).",
                "<li>referente in Modena</li>", "Nessun token.");
    }

    @Test
    void a_wrong_current_password_a_short_new_one_and_a_different_repetition_are_told_under_their_fields() throws Exception {
        var answer = rossi.post("/account/password", "attuale", "non è questa", "nuova", "corta", "ripeti", "cortissima");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains("<div id=\"attuale-error\" class=\"invalid-feedback d-block\" role=\"alert\">La password attuale non è corretta.</div>")
                .contains("<div id=\"nuova-error\" class=\"invalid-feedback d-block\" role=\"alert\">la password deve avere almeno 12 caratteri")
                .contains("<div id=\"ripeti-error\" class=\"invalid-feedback d-block\" role=\"alert\">Le due nuove password non coincidono.</div>");
        assertThat(accounts.signIn("rossi", PASSWORD, "127.0.0.1")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_new_password_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        var elsewhere = new Visitor(server).signIn("rossi", PASSWORD);

        var changed = rossi.post("/account/password", "attuale", PASSWORD, "nuova", NEW_PASSWORD, "ripeti", NEW_PASSWORD);

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.headers().firstValue("Location")).contains("/account?fatto=password");
        assertThat(rossi.get("/account?fatto=password").body()).contains("Password cambiata. Le altre sessioni sono state chiuse.");
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(303);
        assertThat(accounts.signIn("rossi", PASSWORD, "127.0.0.1")).isEqualTo(new SignIn.Refused());
        assertThat(accounts.signIn("rossi", NEW_PASSWORD, "127.0.0.1")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_token_is_shown_once_opens_the_api_and_stops_when_revoked() throws Exception {
        var made = rossi.post("/account/token", "nome", "Foglio <b>di</b> calcolo", "giorni", "30");

        assertThat(made.statusCode()).isEqualTo(201);
        var secret = SECRET.matcher(made.body());
        assertThat(secret.find()).as(made.body()).isTrue();
        assertThat(made.body()).contains("Foglio &lt;b&gt;di&lt;/b&gt; calcolo").doesNotContain("<b>di</b>");
        assertThat(apiStatus(secret.group(1))).isEqualTo(200);
        var listed = rossi.get("/account").body();
        assertThat(listed).doesNotContain(secret.group(1)).contains("<td>attivo</td>");

        var id = accounts.tokens().of(accounts.users().find("rossi").orElseThrow().id()).get(0).id();
        var revoked = rossi.post("/account/token/" + id + "/revoca");

        assertThat(revoked.headers().firstValue("Location")).contains("/account?fatto=revoca");
        assertThat(apiStatus(secret.group(1))).isEqualTo(401);
        assertThat(rossi.get("/account").body()).contains("<td>revocato</td>");
    }

    @Test
    void a_token_without_a_name_or_with_a_bad_lifetime_is_refused_under_its_field() throws Exception {
        var answer = rossi.post("/account/token", "nome", "  ", "giorni", "400");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains("<div id=\"nome-error\" class=\"invalid-feedback d-block\" role=\"alert\">indicare un nome per il token")
                .contains("<div id=\"giorni-error\" class=\"invalid-feedback d-block\" role=\"alert\">la durata è un numero di giorni da 1 a 366</div>");
        assertThat(SECRET.matcher(answer.body()).find()).isFalse();
    }

    @Test
    void nobody_revokes_another_persons_token() throws Exception {
        var bianchi = accounts.users().add("bianchi", "Anna Bianchi", false, PASSWORD, TestActors.TESTER);
        var theirs = accounts.tokens().create(bianchi.id(), "Suo", 30, TestActors.TESTER);
        var id = accounts.tokens().of(bianchi.id()).get(0).id();

        var answer = rossi.post("/account/token/" + id + "/revoca");

        assertThat(answer.headers().firstValue("Location")).contains("/account");
        assertThat(apiStatus(theirs)).isEqualTo(200);
    }

    @Test
    void a_password_change_and_a_token_made_and_revoked_on_the_page_are_audited_as_the_person_without_secrets()
            throws Exception {
        var audit = new AuditTrail(server.database().dataSource());
        long before = audit.count(AuditFilter.EVERYTHING);

        rossi.post("/account/password", "attuale", PASSWORD, "nuova", NEW_PASSWORD, "ripeti", NEW_PASSWORD);
        var made = rossi.post("/account/token", "nome", "Foglio di calcolo", "giorni", "30");
        var secret = SECRET.matcher(made.body());
        assertThat(secret.find()).isTrue();
        var id = accounts.tokens().of(accounts.users().find("rossi").orElseThrow().id()).get(0).id();
        rossi.post("/account/token/" + id + "/revoca");

        var entries = audit.list(AuditFilter.EVERYTHING, before, 10, false);
        assertThat(entries).extracting(e -> e.change().kind()).containsExactly(ChangeKind.PASSWORD_CHANGED,
                ChangeKind.TOKEN_CREATED, ChangeKind.TOKEN_REVOKED);
        // the person signed in, from the address the server saw
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(new Actor("rossi", "127.0.0.1"));
        assertThat(entries).extracting(e -> e.change().scope()).containsOnly(AuditScope.ARCHIVE);
        assertThat(entries.get(1).change().after()).startsWith("{\"token\":\"Foglio di calcolo\",\"scadenza\":");
        assertThat(entries).allSatisfy(e -> assertThat(e.change().before() + e.change().after())
                .doesNotContain(NEW_PASSWORD, secret.group(1)));
    }
}
