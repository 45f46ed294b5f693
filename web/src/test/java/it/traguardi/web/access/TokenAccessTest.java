package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.User;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Personal access tokens on the API over real HTTP: a good one names its user, any other is 401, never the public. */
class TokenAccessTest {

    static final String PASSWORD = "cavallo batteria graffetta";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    Accounts accounts;
    User rossi;

    @BeforeEach
    void rossi() {
        accounts = Accounts.on(server.database().dataSource(), Clock.systemUTC());
        rossi = accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, TestActors.TESTER);
        accounts.users().grant(rossi.id(), new Grant("Modena", Role.REFERENTE), TestActors.TESTER);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return server.get(path, headers);
    }

    private static void assertUnauthorized(HttpResponse<String> answer, String detail) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Bearer realm=\"traguardi\""));
        assertThat(answer.body()).contains("\"status\":401", "\"detail\":\"" + detail + "\"");
    }

    @Test
    void a_live_token_names_its_user_with_roles() throws Exception {
        var token = accounts.tokens().create(rossi.id(), "Script", 30, TestActors.TESTER);

        var answer = get("/api/v1/account", "Authorization", "Bearer " + token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(answer.body()).toString()).isEqualTo(
                "{\"login\":\"rossi\",\"name\":\"Mario Rossi\",\"administrator\":false,"
                        + "\"grants\":[{\"entity\":\"Modena\",\"role\":\"referente\"}]}");
    }

    @Test
    void unknown_revoked_expired_and_malformed_tokens_are_401_in_the_callers_language_on_every_route() throws Exception {
        var italian = "Il token indicato in «Authorization: Bearer» non è valido: sconosciuto, scaduto o revocato.";
        var revoked = accounts.tokens().create(rossi.id(), "Revocato", 30, TestActors.TESTER);
        accounts.tokens().revoke(rossi.id(), accounts.tokens().of(rossi.id()).get(0).id(), TestActors.TESTER);
        var past = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
        var expired = Accounts.on(server.database().dataSource(), past).tokens().create(rossi.id(), "Scaduto", 2, TestActors.TESTER);

        assertUnauthorized(get("/api/v1/plans", "Authorization", "Bearer trg_sconosciuto"), italian);
        assertUnauthorized(get("/api/v1/plans/Modena/2022", "Authorization", "Bearer " + revoked), italian);
        assertUnauthorized(get("/api/v1/account", "Authorization", "Bearer " + expired), italian);
        assertUnauthorized(get("/api/v1/plans", "Authorization", "Basic cm9zc2k6eA=="), italian);
        assertUnauthorized(get("/api/v1/plans", "Authorization", "Bearer trg_x", "Accept-Language", "en"),
                "The token given in «Authorization: Bearer» is not valid: unknown, expired or revoked.");
        // a page too: a bad token is never read as the public
        assertThat(get("/piani/Modena/2022", "Authorization", "Bearer trg_x").statusCode()).isEqualTo(401);
    }

    @Test
    void a_disabled_users_token_stops_at_once_and_works_again_when_enabled() throws Exception {
        var token = accounts.tokens().create(rossi.id(), "Script", 30, TestActors.TESTER);

        accounts.users().setDisabled("rossi", true, TestActors.TESTER);
        assertThat(get("/api/v1/account", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
        accounts.users().setDisabled("rossi", false, TestActors.TESTER);
        assertThat(get("/api/v1/account", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void without_a_token_the_public_reads_but_the_account_route_asks_for_one() throws Exception {
        assertThat(get("/api/v1/plans").statusCode()).isEqualTo(200);
        var answer = get("/api/v1/account");
        assertUnauthorized(answer, "Questa richiesta vuole un utente: inviare un token personale con "
                + "«Authorization: Bearer TOKEN» (si crea nella pagina «Il tuo account»).");
    }

    @Test
    void a_token_is_looked_up_once_per_request() throws Exception {
        var token = accounts.tokens().create(rossi.id(), "Script", 30, TestActors.TESTER);
        var request = HttpRequest.newBuilder(server.uri("/api/v1/account")).header("Authorization", "Bearer " + token).GET();

        assertThat(server.send(request).statusCode()).isEqualTo(200);
        try (var connection = server.database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select last_used_at from api_token")) {
            rows.next();
            assertThat(rows.getObject(1)).isNotNull();
        }
    }
}
