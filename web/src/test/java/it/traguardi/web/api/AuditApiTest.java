package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/plans/{entity}/{year}/audit}: the plan's entries, filtered and paged; filters checked. */
class AuditApiTest extends ApiTestBase {

    private static final String AUDIT = "/api/v1/plans/Modena/2022/audit";

    private ApiClient.Answer record(String json) throws Exception {
        return api.send("POST", "/api/v1/plans/Modena/2022/values", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_value_and_its_correction_are_listed_with_author_address_before_after_and_reason() throws Exception {
        assertThat(record("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"700\", \"reason\": \"stima\"}]")
                .status()).isEqualTo(201);
        assertThat(record("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\", \"reason\": \"definitivo\"}]")
                .status()).isEqualTo(201);

        var answer = api.get(AUDIT + "?kind=value_corrected");
        assertThat(answer.status()).isEqualTo(200);
        var body = answer.json();
        assertThat(body.get("total").asInt()).isEqualTo(1);
        var entry = body.get("entries").get(0);
        assertThat(entry.get("actor").asText()).isEqualTo("anonimo");
        assertThat(entry.get("address").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("kind").asText()).isEqualTo("value_corrected");
        assertThat(entry.get("subject").asText()).isEqualTo("misura D1.1_10, periodo 2022");
        assertThat(entry.get("before").asText()).isEqualTo("{\"valore\":\"700 N.\"}");
        assertThat(entry.get("after").asText()).isEqualTo("{\"valore\":\"880 N.\"}");
        assertThat(entry.get("reason").asText()).isEqualTo("definitivo");
        assertThat(entry.get("node").isNull()).isTrue();
        assertThat(entry.get("hash").asText()).hasSize(64);
        // the seed was stored by the tester: its entries are the plan's too, first in the chain
        var all = api.get(AUDIT + "?limit=1").json();
        assertThat(all.get("entries").get(0).get("sequence").asInt()).isEqualTo(1);
        assertThat(all.get("entries").get(0).get("kind").asText()).isEqualTo("plan_created");
        assertThat(all.get("entries").get(0).get("actor").asText()).isEqualTo("collaudo");
        assertThat(new AuditTrail(database.dataSource()).verify())
                .isEqualTo(new ChainCheck.Intact(all.get("total").asLong()));
    }

    @Test
    void a_correction_without_a_reason_is_refused_naming_the_field_and_leaves_no_entry() throws Exception {
        assertThat(record("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"700\", \"reason\": \"stima\"}]")
                .status()).isEqualTo(201);
        var entries = api.get(AUDIT).json().get("total").asInt();

        var refused = record("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\"}]");

        assertProblem(refused, 422, "invalid-data");
        var problem = refused.json().get("problems").get(0);
        assertThat(problem.get("field").asText()).isEqualTo("reason");
        assertThat(problem.get("message").asText())
                .isEqualTo("Il valore corregge quello già registrato (700 N.): scrivere il motivo della correzione.");
        assertThat(api.get(AUDIT).json().get("total").asInt()).isEqualTo(entries);
    }

    @Test
    void a_filter_that_cannot_be_read_is_refused_naming_it() throws Exception {
        var kind = api.get(AUDIT + "?kind=furto");
        assertProblem(kind, 422, "invalid-data");
        assertThat(kind.json().get("detail").asText()).isEqualTo("kind: tipo di modifica sconosciuto «furto»");
        var node = api.get(AUDIT + "?node=0&lang=en");
        assertProblem(node, 422, "invalid-data");
        assertThat(node.json().get("detail").asText()).isEqualTo("node: a node id is a whole number from 1 up, not \"0\"");
        var limit = api.get(AUDIT + "?limit=5000");
        assertProblem(limit, 422, "invalid-data");
        assertThat(limit.json().get("detail").asText()).isEqualTo("limit: un numero intero da 1 a 1000");
        var range = api.get(AUDIT + "?from=2026-12-05&to=2026-12-01");
        assertProblem(range, 422, "invalid-data");
        assertThat(range.json().get("detail").asText()).isEqualTo("to: il giorno finale viene prima di quello iniziale");
        assertProblem(api.get("/api/v1/plans/Nessuno/2022/audit"), 404, "not-found");
    }
}
