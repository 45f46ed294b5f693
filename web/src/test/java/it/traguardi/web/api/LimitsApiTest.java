package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The limits of issue 7 on the JSON bodies of the API: nodes, a new plan, comments, values and
 * formulas. Each over-limit field is refused with 422 naming the limit (never a 500), and the plan
 * keeps its version: nothing was saved.
 */
class LimitsApiTest extends ApiTestBase {

    private static final String MODENA = "/api/v1/plans/Modena/2022";

    private ApiClient.Answer json(String method, String path, String body, String... headers) throws Exception {
        return api.send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private int indicatorId() {
        return store.load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow().id().value();
    }

    @Test
    void a_node_title_over_2000_characters_or_a_code_with_a_direction_override_is_refused() throws Exception {
        var id = indicatorId();
        var answer = json("PUT", MODENA + "/nodes/" + id,
                "{\"title\":\"" + "t".repeat(2001) + "\",\"code\":\"301.51\\u202e\"}", "If-Match", "\"1\"");

        assertProblem(answer, 422, "invalid-data");
        assertThat(answer.json().get("fields").get("title").get(0).asText())
                .isEqualTo("titolo: al massimo 2000 caratteri, trovati 2001");
        assertThat(answer.json().get("fields").get("code").get(0).asText()).contains("U+202E");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void a_new_node_or_plan_with_a_name_too_long_is_refused() throws Exception {
        var node = json("POST", MODENA + "/nodes", "{\"parent\":\"0\",\"code\":\"" + "c".repeat(201)
                + "\",\"title\":\"Ambito\"}", "If-Match", "\"1\"");
        var plan = json("POST", "/api/v1/plans", "{\"entity\":\"" + "E".repeat(201) + "\",\"year\":2022}");

        assertProblem(node, 422, "invalid-data");
        assertThat(node.json().get("fields").get("code").get(0).asText()).contains("al massimo 200 caratteri");
        assertProblem(plan, 422, "invalid-data");
        assertThat(plan.json().get("fields").get("entity").get(0).asText()).isEqualTo("ente: al massimo 200 caratteri, trovati 201");
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void a_formula_of_1000_terms_is_answered_with_its_problem_and_not_a_500() throws Exception {
        // 1,000 terms "A + A + ..." are 3,997 characters, within the length; the 64th "+" (column 255) is one level too many
        var formula = String.join(" + ", java.util.Collections.nCopies(1000, "A"));
        var answer = json("POST", MODENA + "/formula/check", "{\"formula\":\"" + formula + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("valid").asBoolean()).isFalse();
        assertThat(answer.json().get("problems").get(0).asText()).startsWith("colonna 255: formula troppo complessa");
    }

    @Test
    void a_comment_with_a_nul_or_over_4000_characters_is_refused() throws Exception {
        var path = MODENA + "/nodes/" + indicatorId() + "/comments";

        assertProblem(json("POST", path, "{\"text\":\"a\\u0000b\"}"), 422, "invalid-data");
        var tooLong = json("POST", path, "{\"text\":\"" + "x".repeat(4001) + "\"}");
        assertProblem(tooLong, 422, "invalid-data");
        assertThat(tooLong.json().get("detail").asText()).isEqualTo("commento: al massimo 4000 caratteri, trovati 4001");
        assertThat(api.get(path).json().get("comments")).isEmpty();
    }

    @Test
    void values_beyond_the_columns_or_with_a_reason_too_long_are_refused_and_none_recorded() throws Exception {
        var answer = json("POST", MODENA + "/values", "[{\"code\":\"D1.1_2\",\"period\":\"2022\",\"value\":1e999999},"
                + "{\"code\":\"D1.1_2\",\"period\":\"2022\",\"value\":1e300},"
                + "{\"code\":\"D1.1_2\",\"period\":\"2022\",\"value\":\"1,1234567890123\"},"
                + "{\"code\":\"D1.1_2\",\"period\":\"2022\",\"value\":\"1\",\"reason\":\"" + "r".repeat(2001) + "\"}]");

        assertProblem(answer, 422, "invalid-data");
        var problems = answer.json().get("problems");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0).get("message").asText()).contains("al massimo 26 cifre");
        assertThat(problems.get(1).get("message").asText()).contains("al massimo 26 cifre");
        assertThat(problems.get(2).get("message").asText()).contains("12 decimali");
        assertThat(problems.get(3).get("field").asText()).isEqualTo("reason");
        assertThat(api.get(MODENA + "/values").json().get("values")).isEmpty();
    }

    @Test
    void json_numbers_are_read_exactly_as_written() throws Exception {
        var tiny = json("POST", MODENA + "/values", "[{\"code\":\"D1.1_2\",\"period\":\"2022\",\"value\":1e-999999}]");
        var exact = json("POST", MODENA + "/values",
                "[{\"code\":\"D1.1_2\",\"period\":\"2022\",\"value\":12345678901234567.25}]");

        // 1e-999999 has 999999 decimals: refused, not stored as 0
        assertProblem(tiny, 422, "invalid-data");
        assertThat(tiny.json().get("problems").get(0).get("message").asText()).contains("12 decimali");
        // read as a double it would become 12345678901234568
        assertThat(exact.status()).as(exact.response().body()).isIn(200, 201);
        assertThat(api.get(MODENA + "/values").json().get("values").get(0).get("value").asText())
                .isEqualTo("12.345.678.901.234.567,25 N.");
    }
}
