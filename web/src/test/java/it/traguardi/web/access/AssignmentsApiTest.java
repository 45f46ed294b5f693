package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Role;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.plan.NodeId;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.web.RunningServer;
import it.traguardi.web.access.Personas.Persona;
import it.traguardi.web.api.ApiClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The assignments through the API: the planner adds, lists and removes them; a bad field is named; a referente may not. */
class AssignmentsApiTest {

    private static final String PATH = "/api/v1/plans/Modena/2022/assignments";
    private static final Persona PLANNER = Personas.of(Personas.A, Role.PIANIFICATORE);

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withRolePolicy()
            .withRequesters(Personas.REQUESTERS);

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(server.port());
    }

    private ApiClient.Answer add(Persona persona, String json) throws Exception {
        return api.send("POST", PATH, "application/json", json.getBytes(StandardCharsets.UTF_8), persona.header());
    }

    @Test
    void the_planner_adds_lists_and_removes_an_assignment() throws Exception {
        var added = add(PLANNER, "{\"login\": \"rossi\", \"indicator\": \"31.D1.1.2\"}");
        var again = add(PLANNER, "{\"login\": \"rossi\", \"indicator\": \"31.D1.1.2\"}");
        add(PLANNER, "{\"login\": \"bianchi\", \"owner\": \"Ufficio Studi\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().toString())
                .isEqualTo("{\"login\":\"rossi\",\"indicator\":\"31.D1.1.2\",\"nodeId\":7,\"added\":true}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("added").asBoolean()).isFalse();
        assertThat(api.get(PATH, PLANNER.header()).json().get("assignments").toString()).isEqualTo(
                "[{\"login\":\"bianchi\",\"owner\":\"Ufficio Studi\"},{\"login\":\"rossi\",\"indicator\":\"31.D1.1.2\",\"nodeId\":7}]");

        var removed = api.delete(PATH + "?login=rossi&indicator=31.D1.1.2", PLANNER.header());
        var gone = api.delete(PATH + "?login=rossi&indicator=31.D1.1.2", PLANNER.header());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(api.get(PATH, PLANNER.header()).json().get("assignments")).hasSize(1);
        // three changes, three entries by the planner: the indicator's on its node, the unit's on the plan year
        var audit = new AuditTrail(server.database().dataSource());
        var entries = audit.list(AuditFilter.EVERYTHING.withPlan("Modena", 2022).withActor(PLANNER.requester().name()),
                0, 10, false);
        assertThat(entries).extracting(e -> e.change().kind()).containsExactly(ChangeKind.ASSIGNMENT_ADDED,
                ChangeKind.ASSIGNMENT_ADDED, ChangeKind.ASSIGNMENT_REMOVED);
        assertThat(entries).extracting(e -> e.change().scope()).containsExactly(
                new AuditScope.OfNode("Modena", 2022, new NodeId(7)), new AuditScope.OfPlan("Modena", 2022),
                new AuditScope.OfNode("Modena", 2022, new NodeId(7)));
        assertThat(audit.verify()).isInstanceOf(ChainCheck.Intact.class);
    }

    @Test
    void a_missing_scope_or_an_unknown_indicator_is_a_422_naming_the_field() throws Exception {
        var none = add(PLANNER, "{\"login\": \"rossi\"}");
        var unknown = add(PLANNER, "{\"login\": \"rossi\", \"indicator\": \"99.99\"}");
        var longLogin = add(PLANNER, "{\"login\": \"" + "r".repeat(201) + "\", \"measure\": \"D1.1_10\"}");

        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().at("/problems/0/field").asText()).isEqualTo("indicator");
        assertThat(none.json().get("detail").asText()).isEqualTo("indicare uno solo fra indicatore, misura e unità organizzativa");
        assertThat(unknown.json().at("/problems/0/field").asText()).isEqualTo("indicator");
        assertThat(unknown.json().get("detail").asText())
                .isEqualTo("nel piano di Modena per il 2022 non c'è un indicatore con codice, percorso o identificativo «99.99»");
        assertThat(longLogin.status()).isEqualTo(422);
        assertThat(longLogin.json().at("/problems/0/field").asText()).isEqualTo("login");
        assertThat(api.get(PATH, PLANNER.header()).json().get("assignments")).isEmpty();
    }

    @Test
    void a_referente_or_a_planner_of_another_entity_may_not_assign() throws Exception {
        var referente = add(Personas.of(Personas.A, Role.REFERENTE), "{\"login\": \"rossi\", \"measure\": \"D1.1_10\"}");
        var parma = add(Personas.of(Personas.B, Role.PIANIFICATORE), "{\"login\": \"rossi\", \"measure\": \"D1.1_10\"}");
        var entityAdmin = add(Personas.of(Personas.A, Role.AMMINISTRATORE), "{\"login\": \"rossi\", \"measure\": \"D1.1_10\"}");

        assertThat(referente.status()).isEqualTo(403);
        assertThat(parma.status()).isEqualTo(403);
        assertThat(entityAdmin.status()).isEqualTo(201);
    }
}
