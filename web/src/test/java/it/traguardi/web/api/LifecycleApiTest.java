package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle through the API: transitions with If-Match, each bad field named (422), a state
 * that does not allow it (409), a stale version (412); an approved plan refuses every edit route
 * (409 plan-frozen); approved versions read back by number, scored, compared.
 */
class LifecycleApiTest extends ApiTestBase {

    private static final String PLAN = "/api/v1/plans/Modena/2022";
    private static final String LIFECYCLE = PLAN + "/lifecycle";

    private ApiClient.Answer post(String json, String... headers) throws Exception {
        return api.send("POST", LIFECYCLE, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private String etag() throws Exception {
        return api.get(LIFECYCLE).header("ETag");
    }

    @Test
    void approving_needs_the_act_and_if_match_and_freezes_every_edit_route() throws Exception {
        assertProblem(post("{\"action\":\"approve\",\"actNumber\":\"12\",\"actDate\":\"31-01-2022\"}"), 428, "precondition-required");
        var bad = post("{\"action\":\"approve\",\"actDate\":\"2022-13-45\"}", "If-Match", etag());
        assertProblem(bad, 422, "invalid-data");
        assertThat(bad.json().get("fields").get("actNumber").get(0).asText()).contains("obbligatorio");
        assertThat(bad.json().get("fields").get("actDate").get(0).asText()).contains("«2022-13-45» non è una data valida");
        assertProblem(post("{\"action\":\"publish\"}", "If-Match", etag()), 409, "transition-refused");
        assertProblem(post("{\"action\":\"explode\"}", "If-Match", etag()), 422, "invalid-data");
        assertProblem(post("not json", "If-Match", etag()), 400, "bad-request");

        var seen = etag();
        var approved = post("{\"action\":\"approve\",\"actNumber\":\"12\",\"actDate\":\"31-01-2022\"}", "If-Match", seen);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("approved");
        assertThat(approved.json().get("approvedVersions").get(0).get("actDate").asText()).isEqualTo("31-01-2022");
        assertProblem(post("{\"action\":\"publish\"}", "If-Match", seen), 412, "plan-changed");

        var version = store.version("Modena", 2022).orElseThrow().toString();
        var node = store.load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow().id().value();
        var frozen = api.send("PUT", PLAN + "/nodes/" + node, "application/json",
                "{\"title\":\"Cambiato\"}".getBytes(StandardCharsets.UTF_8), "If-Match", "\"" + version + "\"");
        assertProblem(frozen, 409, "plan-frozen");
        assertThat(frozen.json().get("detail").asText()).contains("occorre avviare una rimodulazione");
        assertProblem(api.delete(PLAN), 409, "plan-frozen");
        assertThat(store.load("Modena", 2022)).isPresent();
    }

    @Test
    void versions_are_read_scored_and_compared_by_number_and_a_missing_one_is_404() throws Exception {
        post("{\"action\":\"approve\",\"actNumber\":\"12\",\"actDate\":\"31-01-2022\"}", "If-Match", etag());
        assertThat(post("{\"action\":\"revise\",\"reason\":\"\"}", "If-Match", etag()).json().get("fields").get("reason")
                .get(0).asText()).isEqualTo("il motivo della rimodulazione è obbligatorio");
        var revising = post("{\"action\":\"revise\",\"reason\":\"Nuovo progetto\"}", "If-Match", etag());
        assertThat(revising.json().get("revision").get("reason").asText()).isEqualTo("Nuovo progetto");

        var first = api.get(PLAN + "?versione=1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNull();
        assertThat(first.json().get("versione").asText()).isEqualTo("1");
        assertThat(api.get(PLAN + "/scores?versione=approvato").status()).isEqualTo(200);
        assertProblem(api.get(PLAN + "?versione=2"), 404, "not-found");
        assertProblem(api.get(PLAN + "/scores?versione=xyz"), 404, "not-found");
        var same = api.get(PLAN + "/compare?from=1&to=current");
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("changes").size()).isZero();
        assertProblem(api.get(PLAN + "/compare?from=1&to=7"), 404, "not-found");
    }
}
