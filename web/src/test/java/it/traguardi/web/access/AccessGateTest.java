package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.DemoData;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.web.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gate over real HTTP with a policy that denies: pages and API alike are refused with 403. */
class AccessGateTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Database database;
    private PlanStore store;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    /** Lets everyone read the archive, denies everything about Modena's plans, records every question. */
    private final AccessPolicy policy = (requester, action, resource) -> {
        asked.add(requester + " " + action + " " + resource);
        return resource instanceof Resource.Plan plan && plan.entity().equals("Modena")
                ? Decision.deny("access.denied.role", Message.of(Action.EDIT_PLAN.key()), "a Modena") : Decision.ALLOW;
    };

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withAccessPolicy(policy);

    @BeforeEach
    void connect() {
        database = server.database();
        store = server.store();
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            builder.header("Content-Type", type);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Someone not signed in is asked to sign in: 401 from the API. */
    private static void assertDenied(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"/api/problems/unauthorized\"").contains("\"status\":401")
                .contains("\"detail\":\"Il tuo ruolo non consente di modificare il piano a Modena.\"")
                .contains("\"title\":\"Accesso richiesto\"");
    }

    @Test
    void a_denied_page_is_refused_with_a_403_page_that_offers_to_sign_in_and_come_back() throws Exception {
        var response = send("GET", "/piani/Modena/2022?aRischio=1", null, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Accesso negato</h1>")
                .contains("Il tuo ruolo non consente di modificare il piano a Modena.")
                .contains("href=\"/accesso?dopo=%2Fpiani%2FModena%2F2022%3FaRischio%3D1\"");
        assertThat(asked).contains("Anonymous[] READ Plan[entity=Modena, year=2022]");
    }

    @Test
    void a_denied_api_read_is_refused_with_403() throws Exception {
        assertDenied(send("GET", "/api/v1/plans/Modena/2022", null, null));
        assertDenied(send("GET", "/api/v1/plans/Modena/2022/scores", null, null));
    }

    @Test
    void a_denied_api_change_is_refused_and_changes_nothing() throws Exception {
        assertDenied(send("DELETE", "/api/v1/plans/Modena/2022", null, null));

        assertThat(asked).contains("Anonymous[] EDIT_PLAN Plan[entity=Modena, year=2022]");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void an_upload_is_checked_again_on_the_plan_named_in_the_file() throws Exception {
        var response = send("POST", "/api/v1/plans?replace=true", "text/tab-separated-values", DemoData.modena2022());

        assertDenied(response);
        assertThat(asked).containsSubsequence("Anonymous[] EDIT_PLAN Archive[]", "Anonymous[] EDIT_PLAN Plan[entity=Modena, year=2022]");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void what_the_policy_allows_passes() throws Exception {
        assertThat(send("GET", "/", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/plans", null, null).statusCode()).isEqualTo(200);
        assertThat(asked).contains("Anonymous[] READ Archive[]");
    }

    @Test
    void the_default_policy_allows_everything() {
        assertThat(AccessPolicy.ALLOW_EVERYTHING.decide(Requester.ANONYMOUS, Action.EDIT_PLAN, new Resource.Plan("Modena", 2022)))
                .isEqualTo(Decision.ALLOW);
    }
}
