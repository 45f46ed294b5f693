package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.Role;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.Value;
import it.traguardi.store.AssignmentStore;
import it.traguardi.web.TestActors;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.Stores;
import it.traguardi.web.RunningServer;
import it.traguardi.web.access.Personas.Persona;
import it.traguardi.web.api.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The validation of a period, through real HTTP with the roles of Modena: the valutatore validates
 * and reopens, every way a value comes in (entry form with and without htmx, upload preview and
 * confirm, API and its preview) is refused with 409 saying who validated the period and when, the
 * responsabile confirms only the rows assigned to them, and remarks stay apart from comments.
 */
class PeriodValidationTest {

    private static final String PLAN = "/piani/Modena/2022";
    private static final String API = "/api/v1/plans/Modena/2022";
    private static final Persona OIV = Personas.of(Personas.A, Role.VALUTATORE);
    private static final Persona PLANNER = Personas.of(Personas.A, Role.PIANIFICATORE);
    private static final Persona MANAGER = Personas.of(Personas.A, Role.RESPONSABILE);
    private static final Persona REFERENTE = Personas.of(Personas.A, Role.REFERENTE);
    private static final String LOCKED = "Il periodo 2022 è stato validato da valutatore.modena il ";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withAccessPolicy(new RolePolicy(plan -> true))
            .withRequesters(Personas.REQUESTERS);

    private ApiClient api;
    private Stores stores;

    @BeforeEach
    void connect() {
        api = new ApiClient(server.port());
        stores = Stores.on(server.database().dataSource());
    }

    private ApiClient.Answer post(Persona persona, String path, String json) throws Exception {
        return api.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), persona.header());
    }

    private Map<ValueTarget, Value> recorded() {
        return stores.values().latest("Modena", 2022, Period.of(2022));
    }

    private void validate() throws Exception {
        var validated = server.postForm(PLAN + "/validazione", "periodo=2022&rilievi=Dati+verificati", OIV.header());
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(303);
    }

    @Test
    void the_valutatore_validates_a_period_and_every_way_in_refuses_its_values_with_409() throws Exception {
        validate();
        var csv = "code;period;value;reason\nD1.1_10;2022;880;\n";

        var form = server.postForm(PLAN + "/valori", "codice=D1.1_10&periodo=2022&valore=880", PLANNER.header());
        var htmx = server.postForm(PLAN + "/valori", "codice=D1.1_10&periodo=2022&valore=880", "HX-Request", "true",
                PLANNER.header()[0], PLANNER.header()[1]);
        var preview = server.postFile(PLAN + "/valori/carica", "file", "valori.csv", csv.getBytes(StandardCharsets.UTF_8),
                PLANNER.header());
        var confirm = server.postForm(PLAN + "/valori/carica/conferma", "nome=valori.csv&contenuto="
                + URLEncoder.encode(csv, StandardCharsets.UTF_8), PLANNER.header());
        var batch = post(PLANNER, API + "/values", "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\"}]");
        var apiPreview = api.send("POST", API + "/values/preview", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
                PLANNER.header());
        var page = server.get(PLAN + "/valori?periodo=2022", PLANNER.header());

        assertThat(form.statusCode()).isEqualTo(409);
        assertThat(form.body()).contains(LOCKED);
        // htmx swaps only a 2xx answer: the row comes back with the refusal in it
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("entry-problem").contains(LOCKED);
        assertThat(preview.statusCode()).isEqualTo(409);
        assertThat(preview.body()).contains(LOCKED).doesNotContain("/carica/conferma");
        assertThat(confirm.statusCode()).isEqualTo(409);
        assertThat(confirm.body()).contains(LOCKED);
        assertThat(batch.status()).isEqualTo(409);
        assertThat(batch.json().get("type").asText()).isEqualTo("/api/problems/period-locked");
        assertThat(batch.json().get("detail").asText()).startsWith(LOCKED);
        assertThat(apiPreview.status()).isEqualTo(200);
        assertThat(apiPreview.json().get("clean").asBoolean()).isFalse();
        assertThat(apiPreview.json().get("problems").get(0).get("message").asText()).startsWith(LOCKED);
        assertThat(page.body()).contains("id=\"period-locked\"").contains(LOCKED);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void a_file_previewed_before_the_validation_is_refused_on_confirm_with_who_validated_it() throws Exception {
        var csv = "code;period;value;reason\nD1.1_10;2022;880;\n";
        var preview = server.postFile(PLAN + "/valori/carica", "file", "valori.csv", csv.getBytes(StandardCharsets.UTF_8),
                PLANNER.header());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("/carica/conferma");

        validate();
        var confirm = server.postForm(PLAN + "/valori/carica/conferma", "nome=valori.csv&contenuto="
                + URLEncoder.encode(csv, StandardCharsets.UTF_8), PLANNER.header());

        assertThat(confirm.statusCode()).isEqualTo(409);
        assertThat(confirm.body()).contains(LOCKED).doesNotContain("/carica/conferma\"");
        assertThat(recorded()).isEmpty();
    }

    @Test
    void a_second_validation_is_refused_and_a_reopening_needs_a_reason_and_is_audited() throws Exception {
        validate();

        var again = server.postForm(PLAN + "/validazione", "periodo=2022", OIV.header());
        var noReason = server.postForm(PLAN + "/validazione/riapri", "periodo=2022&motivo=+", OIV.header());
        var notValidated = server.postForm(PLAN + "/validazione/riapri", "periodo=2022-06-30&motivo=errore", OIV.header());
        var byPlanner = server.postForm(PLAN + "/validazione/riapri", "periodo=2022&motivo=errore", PLANNER.header());
        var reopened = server.postForm(PLAN + "/validazione/riapri", "periodo=2022&motivo=Dato+D1.1_10+errato", OIV.header());
        var form = server.postForm(PLAN + "/valori", "codice=D1.1_10&periodo=2022&valore=880", PLANNER.header());
        var page = server.get(PLAN + "/validazione", OIV.header());

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Il periodo è già validato da valutatore.modena il ");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("La riapertura di un periodo validato richiede un motivo");
        assertThat(notValidated.statusCode()).isEqualTo(409);
        assertThat(byPlanner.statusCode()).isEqualTo(403);
        assertThat(reopened.statusCode()).isEqualTo(303);
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(recorded()).containsOnlyKeys(ValueTarget.measure("D1.1_10"));
        assertThat(page.body()).contains("riaperto da valutatore.modena il ").contains("Dato D1.1_10 errato");
        var reopening = stores.audit().list(AuditFilter.EVERYTHING.withKind(ChangeKind.PERIOD_REOPENED), 0, 10, false);
        assertThat(reopening).singleElement().satisfies(e -> {
            assertThat(e.actor().name()).isEqualTo("valutatore.modena");
            assertThat(e.change().reason()).isEqualTo("Dato D1.1_10 errato");
        });
    }

    @Test
    void the_responsabile_confirms_only_the_rows_assigned_and_a_correction_asks_for_a_new_confirmation() throws Exception {
        new AssignmentStore(server.database().dataSource()).add(new Assignment("Modena", 2022,
                Personas.login(Personas.A, Role.RESPONSABILE), new Assignment.Scope.OfMeasure("D1.1_10")), TestActors.TESTER);
        var batch = post(PLANNER, API + "/values", "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\"},"
                + " {\"code\": \"D1.2_4\", \"period\": \"2022\", \"value\": \"7\", \"reason\": \"dato di prova\"}]");
        assertThat(batch.status()).as(batch.response().body()).isEqualTo(201);

        var before = server.get(PLAN + "/conferme?periodo=2022", MANAGER.header());
        var confirmed = server.postForm(PLAN + "/conferme", "periodo=2022", MANAGER.header());
        var after = server.get(PLAN + "/conferme?periodo=2022&confermati=1", MANAGER.header());
        var byPlanner = server.postForm(PLAN + "/conferme", "periodo=2022", PLANNER.header());

        assertThat(before.body()).contains("D1.1_10").doesNotContain("D1.2_4").contains("da confermare");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location").orElse("")).endsWith("confermati=1");
        assertThat(after.body()).contains("confermato da responsabile.modena il ").contains("Un valore confermato.");
        assertThat(byPlanner.statusCode()).isEqualTo(403);
        assertThat(stores.confirmations().of("Modena", 2022, Period.of(2022))).containsOnlyKeys(ValueTarget.measure("D1.1_10"));

        post(PLANNER, API + "/values", "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"881\", \"reason\": \"rettifica\"}]");

        assertThat(server.get(PLAN + "/conferme?periodo=2022", MANAGER.header()).body())
                .contains("da riconfermare: confermato da responsabile.modena il ");
        var listed = api.get(API + "/values/confirmations?period=2022", MANAGER.header());
        assertThat(listed.json().get("confirmations").get(0).get("current").asBoolean()).isFalse();
        var again = post(MANAGER, API + "/values/confirmations", "{\"period\": \"2022\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("confirmed").asInt()).isEqualTo(1);
        var outside = post(MANAGER, API + "/values/confirmations", "{\"period\": \"2022\", \"codes\": [\"D1.2_4\"]}");
        assertThat(outside.status()).isEqualTo(403);
    }

    @Test
    void remarks_of_the_valutatore_show_on_the_indicator_page_apart_from_comments() throws Exception {
        var added = server.postForm(PLAN + "/indicatori/7/rilievi", "periodo=2022&rilievo=Fonte+non+documentata",
                OIV.header());
        var blank = server.postForm(PLAN + "/indicatori/7/rilievi", "periodo=2022&rilievo=+", OIV.header());
        var byReferente = server.postForm(PLAN + "/indicatori/7/rilievi", "periodo=2022&rilievo=mio", REFERENTE.header());
        var viaApi = post(OIV, API + "/nodes/3/remarks", "{\"period\": \"2022-06-30\", \"text\": \"Obiettivo da rivedere\"}");
        var page = server.get(PLAN + "/indicatori/7", PLANNER.header());

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("Il rilievo è vuoto");
        assertThat(byReferente.statusCode()).isEqualTo(403);
        assertThat(viaApi.status()).as(viaApi.response().body()).isEqualTo(201);
        assertThat(page.body()).contains("Rilievi del valutatore").contains("Fonte non documentata")
                .contains("Rilievo di valutatore.modena");
        // the planner reads the remarks but gets no form to add one
        assertThat(page.body()).doesNotContain("/indicatori/7/rilievi\"");
        assertThat(stores.comments().of("Modena", 2022, new NodeId(7))).isEmpty();
        assertThat(api.get(API + "/nodes/3/remarks", PLANNER.header()).json().get("remarks").get(0).get("text").asText())
                .isEqualTo("Obiettivo da rivedere");
        // node 3 is an objective or an area: its page shows the remark too
        var node = server.store().load("Modena", 2022).orElseThrow().node(new NodeId(3)).orElseThrow();
        assertThat(server.get(it.traguardi.web.result.Results.nodeHref("Modena", 2022, node), PLANNER.header()).body())
                .contains("Rilievi del valutatore").contains("Obiettivo da rivedere")
                .contains("Periodo: Monitoraggio al 30-06-2022. Rilievo di valutatore.modena");
    }

    @Test
    void the_api_validates_reopens_and_lists_periods() throws Exception {
        var validated = post(OIV, API + "/periods/2022-06-30/validation", "{\"remarks\": \"ok\"}");
        var again = post(OIV, API + "/periods/2022-06-30/validation", "{}");
        var noReason = post(OIV, API + "/periods/2022-06-30/reopening", "{}");
        var wrongPeriod = post(OIV, API + "/periods/2021/validation", "{}");
        var reopened = post(OIV, API + "/periods/2022-06-30/reopening", "{\"reason\": \"rettifica\"}");
        var notValidated = post(OIV, API + "/periods/2022-06-30/reopening", "{\"reason\": \"rettifica\"}");
        var listed = api.get(API + "/periods", PLANNER.header());

        assertThat(validated.status()).isEqualTo(201);
        assertThat(validated.json().get("validatedBy").asText()).isEqualTo("valutatore.modena");
        assertThat(validated.json().get("locked").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(wrongPeriod.status()).isEqualTo(400);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("reopened").get("reason").asText()).isEqualTo("rettifica");
        assertThat(notValidated.status()).isEqualTo(409);
        assertThat(notValidated.json().get("type").asText()).isEqualTo("/api/problems/period-not-validated");
        assertThat(listed.json().get("validations")).hasSize(1);
        assertThat(listed.json().get("validations").get(0).get("locked").asBoolean()).isFalse();
    }
}
