package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.account.Accounts;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.Visitor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The policy {@code serve} runs: with no administrator every change is refused with how to make
 * one, which takes effect at once when one is made (the database is asked each time); then the
 * roles per entity decide ({@link RolePolicy}).
 */
class AdministratorPolicyTest {

    static final String PASSWORD = "cavallo batteria graffetta";
    static final String COMMENTS = "/api/v1/plans/Modena/2022/nodes/1/comments";

    /** Built for each request on the server's own database, which exists only once the server started. */
    private final AccessPolicy policy = (requester, action, resource) ->
            new AdministratorPolicy(accounts().users(), RolePolicy.of(this.server.store().lifecycle())).decide(requester, action, resource);

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withAccessPolicy(policy);

    private Accounts accounts() {
        return Accounts.on(server.database().dataSource(), Clock.systemUTC());
    }

    private HttpResponse<String> comment(String... headers) throws Exception {
        var request = HttpRequest.newBuilder(server.uri(COMMENTS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Verificato\"}", StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request);
    }

    @Test
    void with_no_administrator_every_change_is_refused_with_how_to_create_one_and_reading_works() throws Exception {
        var refused = comment();

        // not signed in: 401 (from the API), with what the installation lacks
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"title\":\"Accesso richiesto\"", "\"detail\":\"Questa installazione non ha "
                + "ancora un amministratore: nessuna modifica è ammessa finché non se ne crea uno con "
                + "«./traguardi user add NOME --admin».\"");
        assertThat(comment("Accept-Language", "en").body()).contains("This installation has no administrator yet");
        // a draft is read only by the people of its entity; published, by everyone
        assertThat(server.get("/piani/Modena/2022").statusCode()).isEqualTo(403);
        server.publishSeed();
        assertThat(server.get("/piani/Modena/2022").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/plans").statusCode()).isEqualTo(200);
    }

    @Test
    void once_an_administrator_exists_the_roles_decide_and_everyone_may_still_sign_in() throws Exception {
        var accounts = accounts();
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, TestActors.TESTER);
        var admin = accounts.users().add("admin", "Anna Bianchi", true, PASSWORD, TestActors.TESTER);
        var rossiToken = accounts.tokens().create(accounts.users().find("rossi").orElseThrow().id(), "Script", 30, TestActors.TESTER);
        var adminToken = accounts.tokens().create(admin.id(), "Script", 30, TestActors.TESTER);

        // not signed in: 401, the way to sign in; signed in without a role in Modena: 403, what the role does not allow
        var anonymous = comment();
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Per commentare occorre accedere con un utente che ne abbia il ruolo.");
        var withoutRole = comment("Authorization", "Bearer " + rossiToken);
        assertThat(withoutRole.statusCode()).isEqualTo(403);
        assertThat(withoutRole.body()).contains("\"detail\":\"Il tuo ruolo non consente di commentare nel piano di Modena per il 2022.\"");
        assertThat(comment("Authorization", "Bearer " + adminToken).statusCode()).isEqualTo(201);
        // signing in is a change of one's own session, not of the plans: the public may do it
        var visitor = new Visitor(server).signIn("rossi", PASSWORD);
        assertThat(visitor.post("/piani/Modena/2022/indicatori/1/commenti", "testo", "x").statusCode()).isEqualTo(403);
        assertThat(visitor.post("/esci").statusCode()).isEqualTo(303);
    }

    @Test
    void disabling_the_only_administrator_closes_the_installation_to_changes_again() throws Exception {
        var accounts = accounts();
        var admin = accounts.users().add("admin", "Anna Bianchi", true, PASSWORD, TestActors.TESTER);
        var token = accounts.tokens().create(admin.id(), "Script", 30, TestActors.TESTER);
        assertThat(comment("Authorization", "Bearer " + token).statusCode()).isEqualTo(201);

        accounts.users().setDisabled("admin", true, TestActors.TESTER);

        assertThat(comment().body()).contains("Questa installazione non ha ancora un amministratore");
    }
}
