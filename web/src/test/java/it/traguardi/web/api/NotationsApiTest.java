package it.traguardi.web.api;

import static it.traguardi.core.value.NotationsDoc.code;
import static it.traguardi.core.value.NotationsDoc.rows;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.ItalianFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every row of docs/notations.md through the JSON API (the same fields as the edit form): an accepted
 * example is stored as the table says, with a warning when its "Avviso" column says so, a refused one is a 422 naming the field, with nothing saved.
 * One server for the whole table, each edit over the version the previous one left.
 */
class NotationsApiTest extends ApiTestBase {

    private static final String MODENA = "/api/v1/plans/Modena/2022";

    @Test
    void every_accepted_notation_of_the_doc_is_stored_as_it_says() throws Exception {
        var id = store.load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow().id();
        var rows = rows("## Target accettati");
        assertThat(rows).hasSizeGreaterThan(20);
        for (var row : rows) {
            var answer = putTarget(id, code(row.get(2)));
            assertThat(answer.status()).as(row.get(2)).isEqualTo(200);
            assertThat(ItalianFormat.format(storedTarget(id))).as(row.get(2)).isEqualTo(code(row.get(3)));
            // the nodes API gives the target as written (spaces normalised) and as understood
            var definition = api.get(MODENA + "/nodes/" + id.value()).json().get("definition");
            assertThat(definition.get("targets").get("2022").asText()).as(row.get(2))
                    .isEqualTo(code(row.get(2)).replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll(" +", " "));
            assertThat(definition.get("understoodTargets").get("2022").asText()).as(row.get(2)).isEqualTo(code(row.get(3)));
            // the doc's "Avviso" column: a looser reading comes back as a warning on the field, an exact one as none
            var warnings = answer.json().path("warnings");
            if (row.get(4).strip().equals("sì")) {
                assertThat(warnings.get(0).get("field").asText()).as(row.get(2)).isEqualTo("target.2022");
                assertThat(warnings.get(0).get("message").asText()).as(row.get(2)).contains(code(row.get(2)));
            } else {
                assertThat(warnings.isMissingNode()).as(row.get(2)).isTrue();
            }
        }
    }

    @Test
    void every_refused_notation_of_the_doc_is_a_422_on_the_target_field() throws Exception {
        var id = store.load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow().id();
        var before = storedTarget(id);
        for (var row : rows("## Target rifiutati")) {
            var answer = putTarget(id, code(row.get(0)));
            assertProblem(answer, 422, "invalid-data");
            assertThat(answer.json().get("fields").get("target.2022")).as(row.get(0)).hasSize(1);
        }
        assertThat(storedTarget(id)).isEqualTo(before);
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    private ApiClient.Answer putTarget(NodeId id, String target) throws Exception {
        var version = store.version("Modena", 2022).orElseThrow();
        var body = "{\"target.2022\":\"" + target + "\"}";
        return api.send("PUT", MODENA + "/nodes/" + id.value(), "application/json",
                body.getBytes(StandardCharsets.UTF_8), "If-Match", "\"" + version + "\"");
    }

    private it.traguardi.core.value.Target storedTarget(NodeId id) {
        return store.load("Modena", 2022).orElseThrow().indicators().filter(i -> i.id().equals(id))
                .findFirst().orElseThrow().definition().targets().get(2022);
    }
}
