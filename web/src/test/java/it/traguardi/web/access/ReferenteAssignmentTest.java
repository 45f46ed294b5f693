package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.Role;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.Value;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.CommentStore;
import it.traguardi.store.ValueStore;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.access.Personas.Persona;
import it.traguardi.web.api.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A referente writes only what is assigned to them: here the measure D1.1_10 and the indicator
 * 31.D1.1.2 (node #7, whose formula is the measure D1.1_20). Every value path (API, entry form,
 * upload) and every comment path checks each row: a row outside the assignments refuses the whole
 * write, names the row, and nothing is recorded.
 */
class ReferenteAssignmentTest {

    private static final String VALUES = "/api/v1/plans/Modena/2022/values";
    private static final Persona REFERENTE = Personas.of(Personas.A, Role.REFERENTE);
    private static final String OUTSIDE =
            "Non hai l'incarico di «D1.2_4»: puoi scrivere solo le righe assegnate a te. Nulla è stato registrato.";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withRolePolicy()
            .withRequesters(Personas.REQUESTERS);

    private ApiClient api;

    @BeforeEach
    void assign() {
        api = new ApiClient(server.port());
        var assignments = new AssignmentStore(server.database().dataSource());
        var login = Personas.login(Personas.A, Role.REFERENTE);
        assignments.add(new Assignment("Modena", 2022, login, new Assignment.Scope.OfMeasure("D1.1_10")), TestActors.TESTER);
        assignments.add(new Assignment("Modena", 2022, login, new Assignment.Scope.OfIndicator(new NodeId(7))), TestActors.TESTER);
    }

    private ApiClient.Answer post(Persona persona, String path, String json) throws Exception {
        return api.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), persona.header());
    }

    private Map<ValueTarget, Value> recorded() {
        return new ValueStore(server.database().dataSource()).latest("Modena", 2022, Period.of(2022));
    }

    @Test
    void values_within_the_assignments_are_recorded_through_the_api() throws Exception {
        var answer = post(REFERENTE, VALUES, "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\"},"
                + " {\"code\": \"D1.1_20\", \"period\": \"2022\", \"value\": \"90\"}]");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        assertThat(answer.json().get("recorded").asInt()).isEqualTo(2);
        assertThat(recorded()).containsOnlyKeys(ValueTarget.measure("D1.1_10"), ValueTarget.measure("D1.1_20"));
    }

    @Test
    void a_batch_with_one_row_outside_is_refused_naming_it_and_records_nothing() throws Exception {
        var answer = post(REFERENTE, VALUES, "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\"},"
                + " {\"code\": \"D1.2_4\", \"period\": \"2022\", \"value\": \"7\", \"reason\": \"dato di prova\"}]");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("detail").asText()).isEqualTo(OUTSIDE);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void the_entry_form_refuses_a_row_outside_and_saves_one_inside() throws Exception {
        var outside = server.postForm("/piani/Modena/2022/valori", "codice=D1.2_4&periodo=2022&valore=7&commento=dato+di+prova", REFERENTE.header());
        var inside = server.postForm("/piani/Modena/2022/valori", "codice=D1.1_10&periodo=2022&valore=880",
                REFERENTE.header());

        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("Non hai l'incarico di «D1.2_4»");
        assertThat(inside.statusCode()).isEqualTo(303);
        assertThat(recorded()).containsOnlyKeys(ValueTarget.measure("D1.1_10"));
    }

    @Test
    void an_uploaded_file_with_a_row_outside_is_refused_whole() throws Exception {
        var csv = "code;period;value;reason\nD1.1_10;2022;880;\nD1.2_4;2022;7;dato di prova\n";

        var confirmed = server.postForm("/piani/Modena/2022/valori/carica/conferma", "nome=valori.csv&contenuto="
                + URLEncoder.encode(csv, StandardCharsets.UTF_8), REFERENTE.header());

        assertThat(confirmed.statusCode()).isEqualTo(403);
        assertThat(confirmed.body()).contains("Non hai l'incarico di «D1.2_4»");
        assertThat(recorded()).isEmpty();
    }

    @Test
    void comments_are_accepted_on_an_assigned_indicator_only() throws Exception {
        var inside = post(REFERENTE, "/api/v1/plans/Modena/2022/nodes/7/comments", "{\"text\": \"Dato in arrivo\"}");
        var outside = post(REFERENTE, "/api/v1/plans/Modena/2022/nodes/10/comments", "{\"text\": \"Non mio\"}");
        var page = server.postForm("/piani/Modena/2022/indicatori/10/commenti", "testo=Non+mio", REFERENTE.header());

        assertThat(inside.status()).isEqualTo(201);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("detail").asText()).startsWith("Non hai l'incarico di «31.D1.2.3 - ");
        assertThat(page.statusCode()).isEqualTo(403);
        var comments = new CommentStore(server.database().dataSource());
        assertThat(comments.of("Modena", 2022, new NodeId(7))).hasSize(1);
        assertThat(comments.of("Modena", 2022, new NodeId(10))).isEmpty();
    }

    @Test
    void a_planner_writes_any_row_and_an_evaluator_none() throws Exception {
        var row = "[{\"code\": \"D1.2_4\", \"period\": \"2022\", \"value\": \"7\", \"reason\": \"dato di prova\"}]";

        var evaluator = post(Personas.of(Personas.A, Role.VALUTATORE), VALUES, row);
        var planner = post(Personas.of(Personas.A, Role.PIANIFICATORE), VALUES, row);

        assertThat(evaluator.status()).isEqualTo(403);
        assertThat(evaluator.json().get("detail").asText())
                .isEqualTo("Il tuo ruolo non consente di inserire valori nel piano di Modena per il 2022.");
        assertThat(planner.status()).isEqualTo(201);
        assertThat(recorded()).containsOnlyKeys(ValueTarget.measure("D1.2_4"));
    }
}
