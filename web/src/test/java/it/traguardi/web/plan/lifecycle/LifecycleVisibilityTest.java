package it.traguardi.web.plan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.access.Requester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who reads which version, with the roles' policy of an installation: a draft only the people of
 * its entity; a published plan everyone, but while it is revised the public and the people of
 * other entities read the approved version, never the working draft, on pages and API alike.
 */
class LifecycleVisibilityTest {

    private static final String WHO = "X-Test-Persona";
    private static final String TITLE = "Fatturato export provinciale";
    private static final String REVISED = "Fatturato export (rimodulato)";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withRolePolicy().withRequesters(ctx -> switch (
            ctx.header(WHO) == null ? "" : ctx.header(WHO)) {
        case "modena" -> new Requester.Account(1, "lettore.modena", false, List.of(new Grant("Modena", Role.VALUTATORE)));
        case "parma" -> new Requester.Account(2, "pianificatore.parma", false, List.of(new Grant("Parma", Role.PIANIFICATORE)));
        default -> Requester.ANONYMOUS;
    });

    @Test
    void a_draft_is_read_only_by_the_people_of_its_entity() throws Exception {
        assertThat(server.get("/piani/Modena/2022").statusCode()).isEqualTo(403);
        assertThat(server.get("/piani/Modena/2022", WHO, "parma").statusCode()).isEqualTo(403);
        assertThat(server.get("/piani/Modena/2022", WHO, "modena").statusCode()).isEqualTo(200);
        assertThat(server.get("/").body()).doesNotContain("/piani/Modena/2022");
    }

    @Test
    void while_a_published_plan_is_revised_outsiders_read_the_approved_version() throws Exception {
        server.publishSeed();
        assertThat(server.get("/").body()).contains("href=\"/piani/Modena/2022\"");
        var lifecycle = server.store().lifecycle();
        lifecycle.change("Modena", 2022, new Transition.Revise("Nuovo progetto"),
                lifecycle.status("Modena", 2022).orElseThrow().version(), TestActors.TESTER);
        var stored = server.store().loadVersioned("Modena", 2022).orElseThrow();
        var indicator = stored.plan().indicators().filter(i -> i.title().equals(TITLE)).findFirst().orElseThrow();
        server.store().replace(PlanEdits.edit(stored.plan(), indicator.id(), indicator.code(), REVISED, indicator.weight()),
                stored.version(), TestActors.TESTER);
        var node = "/indicatori/" + indicator.id().value();

        assertThat(server.get("/piani/Modena/2022" + node).body()).contains(TITLE).doesNotContain(REVISED);
        assertThat(server.get("/piani/Modena/2022" + node, WHO, "parma").body()).contains(TITLE).doesNotContain(REVISED);
        assertThat(server.get("/piani/Modena/2022" + node, WHO, "modena").body()).contains(REVISED);
        // asking for the working version by name does not show it to an outsider
        assertThat(server.get("/piani/Modena/2022?versione=corrente").body()).contains(TITLE).doesNotContain(REVISED);
        assertThat(server.get("/piani/Modena/2022?versione=1", WHO, "modena").body()).contains(TITLE).doesNotContain(REVISED);

        var api = new ObjectMapper();
        var outside = server.get("/api/v1/plans/Modena/2022");
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(outside.headers().firstValue("ETag")).isEmpty();
        assertThat(outside.body()).contains(TITLE).doesNotContain(REVISED);
        var inside = server.get("/api/v1/plans/Modena/2022", WHO, "modena");
        assertThat(inside.body()).contains(REVISED);
        assertThat(inside.headers().firstValue("ETag")).isPresent();
        assertThat(api.readTree(server.get("/api/v1/plans/Modena/2022/lifecycle").body()).get("state").asText())
                .isEqualTo("published");
        var compare = api.readTree(server.get("/api/v1/plans/Modena/2022/compare?from=1&to=current", WHO, "modena").body());
        assertThat(compare.get("changes").get(0).get("kind").asText()).isEqualTo("node_edited");
        assertThat(compare.get("changes").get(0).get("fields").get(0).get("to").asText()).isEqualTo(REVISED);
        assertThat(server.get("/api/v1/plans/Modena/2022/compare?from=1&to=current").statusCode()).isEqualTo(404);
    }
}
