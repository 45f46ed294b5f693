package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.exchange.DemoData;
import it.traguardi.web.RunningServer;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Decision;
import it.traguardi.web.access.Requester;
import it.traguardi.web.access.Resource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API routes that learn their plan only from the body or from the year after the path's
 * (upload, empty plan, copy): the access policy decides again on that plan, and a refusal stores
 * nothing.
 */
class PlanAccessApiTest {

    /** Everything is allowed except changing Parma's plans and any plan of 2023; the requester is signed in. */
    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withAccessPolicy((subject, action, resource) ->
            action == Action.EDIT_PLAN && resource instanceof Resource.Plan plan
                    && (plan.entity().equals("Parma") || plan.year() == 2023)
                    ? Decision.deny("access.where.archive") : Decision.ALLOW)
            .withRequesters(ctx -> new Requester.Account(1, "rossi", false, List.of()));

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(server.port());
    }

    private static void assertDenied(ApiClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("type").asText()).isEqualTo("/api/problems/forbidden");
        assertThat(answer.json().get("detail").asText()).isEqualTo("nell'archivio");
    }

    @Test
    void an_upload_is_refused_on_the_entity_it_names() throws Exception {
        assertDenied(api.postTsv("/api/v1/plans?entity=Parma", DemoData.modena2022()));

        assertThat(server.store().version("Parma", 2022)).isEmpty();
    }

    @Test
    void an_empty_plan_is_refused_on_the_entity_of_its_body() throws Exception {
        assertDenied(api.send("POST", "/api/v1/plans", "application/json",
                "{\"entity\":\"Parma\",\"year\":2022}".getBytes(StandardCharsets.UTF_8)));

        assertThat(server.store().version("Parma", 2022)).isEmpty();
    }

    @Test
    void a_copy_is_refused_on_the_year_it_would_create() throws Exception {
        // Modena 2022 itself may be changed: only its copy, the plan of 2023, is refused
        assertDenied(api.send("POST", "/api/v1/plans/Modena/2022/copy", "application/json", new byte[0]));

        assertThat(server.store().version("Modena", 2023)).isEmpty();
    }
}
