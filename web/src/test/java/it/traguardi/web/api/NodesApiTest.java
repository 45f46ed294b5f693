package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.PlanNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One node over real HTTP: definition, score with explanation, comments, and the problems. */
class NodesApiTest extends ApiTestBase {

    private int id(String code) {
        return store.load("Modena", 2022).orElseThrow().nodes().stream().filter(n -> n.code().equals(code))
                .map(PlanNode::id).findFirst().orElseThrow().value();
    }

    private ApiClient.Answer postComment(int id, String json) throws Exception {
        return api.send("POST", "/api/v1/plans/Modena/2022/nodes/" + id + "/comments", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_indicator_comes_with_its_definition_and_its_score() throws Exception {
        var answer = api.get("/api/v1/plans/Modena/2022/nodes/" + id("301.50"));

        assertThat(answer.status()).isEqualTo(200);
        var body = answer.json();
        assertThat(body.get("kind").asText()).isEqualTo("INDICATOR");
        assertThat(body.get("title").asText()).isEqualTo("Fatturato export provinciale");
        assertThat(body.get("definition").get("targets").has("2022")).isTrue();
        assertThat(body.get("score").get("status").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(body.get("score").get("reason").asText()).isNotBlank();
    }

    @Test
    void an_indicator_shows_its_baselines_and_targets_and_its_actual_once_recorded() throws Exception {
        // 301.51 sums three measures (a formula), so without values its actual is N/D; 301.50 has no
        // formula and no value entered, so it has no actual at all
        var before = api.get("/api/v1/plans/Modena/2022/nodes/" + id("301.51")).json();
        assertThat(before.get("actual").asText()).isEqualTo("N/D");
        assertThat(api.get("/api/v1/plans/Modena/2022/nodes/" + id("301.50")).json().get("actual").isNull()).isTrue();
        // the seed's baselines and targets of 301.51, as the alberatura gives them
        var definition = before.get("definition");
        assertThat(definition.get("formula").asText()).isEqualTo("D1.1_2 + D1.1_1 + D1.1_3");
        assertThat(definition.get("unit").asText()).isEqualTo("N.");
        assertThat(definition.get("baselines").toString())
                .isEqualTo("{\"2018\":\"941 N.\",\"2020\":\"1.416 N.\",\"2021\":\"1.133 N.\"}");
        assertThat(definition.get("targets").get("2022").asText()).isEqualTo("≥ 1.000 N.");

        var recorded = api.send("POST", "/api/v1/plans/Modena/2022/values", "application/json",
                "[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"1500\", \"reason\": \"dato di prova\"}]"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(recorded.status()).isEqualTo(201);

        var after = api.get("/api/v1/plans/Modena/2022/nodes/" + id("301.51")).json();
        assertThat(after.get("actual").asText()).isEqualTo("1.500 N.");
        // 1.500 against a target of at least 1.000: fully achieved
        assertThat(after.get("score").get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(after.get("score").has("children")).isFalse();
    }

    @Test
    void an_area_comes_with_its_explanation() throws Exception {
        var area = store.load("Modena", 2022).orElseThrow().areas().getFirst().id().value();

        var body = api.get("/api/v1/plans/Modena/2022/nodes/" + area).json();

        assertThat(body.get("kind").asText()).isEqualTo("AREA");
        assertThat(body.get("score").get("explanation").has("exclusions")).isTrue();
        assertThat(body.has("definition")).isFalse();
    }

    @Test
    void an_unknown_node_is_404() throws Exception {
        assertProblem(api.get("/api/v1/plans/Modena/2022/nodes/999999"), 404, "not-found");
        assertProblem(api.get("/api/v1/plans/Modena/2022/nodes/abc/comments"), 404, "not-found");
        assertProblem(api.get("/api/v1/plans/Nessuno/2022/nodes/1"), 404, "not-found");
    }

    @Test
    void a_comment_added_is_listed_with_its_author() throws Exception {
        var id = id("301.50");
        assertThat(api.get("/api/v1/plans/Modena/2022/nodes/" + id + "/comments").json().get("comments")).isEmpty();

        var added = postComment(id, "{\"text\": \"  Export in calo per la crisi  \"}");

        assertThat(added.status()).isEqualTo(201);
        var comments = api.get("/api/v1/plans/Modena/2022/nodes/" + id + "/comments").json().get("comments");
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("text").asText()).isEqualTo("Export in calo per la crisi");
        assertThat(comments.get(0).get("author").asText()).isEqualTo("anonimo");
    }

    @Test
    void an_empty_comment_is_422_and_a_body_that_is_not_json_is_400() throws Exception {
        var id = id("301.50");

        var empty = postComment(id, "{\"text\": \"   \"}");
        assertProblem(empty, 422, "invalid-data");
        assertThat(empty.json().get("detail").asText()).isEqualTo("Scrivere il testo del commento.");
        assertProblem(postComment(id, "non json"), 400, "bad-request");
        assertThat(api.get("/api/v1/plans/Modena/2022/nodes/" + id + "/comments").json().get("comments")).isEmpty();
    }
}
