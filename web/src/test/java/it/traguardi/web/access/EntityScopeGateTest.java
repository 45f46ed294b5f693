package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.core.i18n.Message;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.Database;
import it.traguardi.store.EntityScope;
import it.traguardi.web.Templates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate sets the second wall's scope ({@link EntityScope}, read by PostgreSQL's row-level
 * security): a request about an entity, once allowed, runs restricted to it; a request about the
 * archive runs unrestricted, also on a thread that served a restricted one before. The routes here
 * answer the scope their handler runs in, through the real gate over real HTTP.
 */
class EntityScopeGateTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Everything allowed but Modena's plans. */
    private static final AccessPolicy POLICY = (requester, action, resource) ->
            resource instanceof Resource.Plan plan && plan.entity().equals("Modena")
                    ? Decision.deny("access.denied.role", Message.of(Action.READ.key()), "a Modena") : Decision.ALLOW;

    private static Database database;
    private static Javalin app;

    @BeforeAll
    static void start() {
        database = Database.open("jdbc:h2:mem:scope-gate;DB_CLOSE_DELAY=-1");
        var gate = AccessGate.of(POLICY, ctx -> Requester.ANONYMOUS, new AssignmentStore(database.dataSource()),
                new Templates());
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // few threads, so that requests follow one another on each of them
            cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(4, 4);
            gate.install(cfg.routes);
            cfg.routes.get("/prova/{entity}/{year}", EntityScopeGateTest::answerScope, Action.READ);
            cfg.routes.get("/prova/{entity}", EntityScopeGateTest::answerScope, Action.READ);
            cfg.routes.get("/prova", EntityScopeGateTest::answerScope, Action.READ);
        }).start(0);
    }

    private static void answerScope(io.javalin.http.Context ctx) {
        ctx.result(EntityScope.current().orElse("(tutti)"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_request_about_a_plan_or_an_entity_runs_restricted_to_that_entity() throws Exception {
        assertThat(get("/prova/Parma/2022").body()).isEqualTo("Parma");
        assertThat(get("/prova/Reggio%20Emilia").body()).isEqualTo("Reggio Emilia");
    }

    @Test
    void a_request_about_the_archive_runs_unrestricted_after_restricted_ones() throws Exception {
        // few threads, many requests: the threads that serve the archive have served a restricted request before
        for (int i = 0; i < 12; i++) {
            assertThat(get("/prova/Parma/2022").body()).isEqualTo("Parma");
            assertThat(get("/prova").body()).isEqualTo("(tutti)");
        }
    }

    @Test
    void a_refused_request_reaches_no_handler_and_leaves_no_scope_behind() throws Exception {
        assertThat(get("/prova/Modena/2022").statusCode()).isEqualTo(403);
        for (int i = 0; i < 8; i++) {
            assertThat(get("/prova").body()).isEqualTo("(tutti)");
        }
    }
}
