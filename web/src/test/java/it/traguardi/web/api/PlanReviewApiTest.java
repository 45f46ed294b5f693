package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks and scores of a stored plan over real HTTP. */
class PlanReviewApiTest extends ApiTestBase {

    @Test
    void checks_list_findings_with_nodes_severity_and_rendered_message() throws Exception {
        var answer = api.get("/api/v1/plans/Modena/2022/checks?lang=en");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        var findings = answer.json().get("findings");
        // the seed's 148 findings, broken down by kind in SeedImportTest
        assertThat(findings.size()).isEqualTo(148);
        for (var finding : findings) {
            assertThat(finding.get("kind").asText()).isNotBlank();
            assertThat(finding.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
            assertThat(finding.get("nodes").isArray()).isTrue();
            finding.get("nodes").forEach(node -> assertThat(node.get("id").isInt()).isTrue());
            assertThat(finding.get("message").asText()).isNotBlank().doesNotContain("check.");
        }
    }

    @Test
    void checks_of_an_unknown_plan_are_404() throws Exception {
        assertProblem(api.get("/api/v1/plans/Modena/2030/checks"), 404, "not-found");
        assertProblem(api.get("/api/v1/plans/Modena/x/checks"), 400, "bad-request");
    }

    @Test
    void scores_without_actual_values_are_na_everywhere_with_reasons() throws Exception {
        var answer = api.get("/api/v1/plans/Modena/2022/scores");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        var root = answer.json().get("root");
        assertThat(root.get("kind").asText()).isEqualTo("ENTITY");
        assertThat(root.get("title").asText()).isEqualTo("Modena");
        assertThat(answer.json().get("period").asText()).isEqualTo("2022");
        var nodes = new ArrayList<JsonNode>();
        collect(root, nodes);
        // the entity, 3 areas, 10 strategic and 20 operational objectives and 94 indicators (SeedImportTest)
        assertThat(nodes).hasSize(1 + 3 + 10 + 20 + 94);
        assertThat(nodes).allSatisfy(node -> {
            assertThat(node.get("achievement").isNull()).isTrue();
            assertThat(node.get("status").asText()).isIn("NOT_AVAILABLE", "MONITORING_ONLY");
            assertThat(node.get("reason").asText()).isNotBlank();
            assertThat(node.get("explanation").get("contributions").isArray()).isTrue();
        });
        var area = root.get("children").get(0);
        assertThat(area.get("kind").asText()).isEqualTo("AREA");
        assertThat(area.get("weight").isNumber()).isTrue();
        assertThat(root.get("explanation").get("exclusions").get(0).get("reason").asText()).isNotBlank();
        assertThat(nodes.stream().filter(n -> n.get("kind").asText().equals("INDICATOR")).count()).isEqualTo(94);
    }

    @Test
    void scores_of_an_unknown_plan_are_404() throws Exception {
        assertProblem(api.get("/api/v1/plans/Parma/2022/scores"), 404, "not-found");
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        out.add(node);
        node.get("children").forEach(child -> collect(child, out));
    }
}
