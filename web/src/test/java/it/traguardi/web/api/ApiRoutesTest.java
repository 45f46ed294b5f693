package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The route tree as a whole: unknown routes and methods, and the OpenAPI document. */
class ApiRoutesTest extends ApiTestBase {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    @Test
    void an_unknown_api_path_is_a_404_problem() throws Exception {
        assertProblem(api.get("/api/v1/nothing"), 404, "not-found");
        assertProblem(api.delete("/api/v2/plans"), 404, "not-found");
    }

    @Test
    void a_known_path_with_another_method_is_a_405_problem_with_allow() throws Exception {
        var answer = api.send("PUT", "/api/v1/plans/Modena/2022", "application/json", new byte[0]);

        assertProblem(answer, 405, "method-not-allowed");
        assertThat(answer.header("Allow")).isEqualTo("GET, DELETE");
        assertProblem(api.delete("/api/v1/plans"), 405, "method-not-allowed");
    }

    @Test
    void the_openapi_document_is_served_as_json() throws Exception {
        var answer = api.get(ApiRoutes.OPENAPI);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        assertThat(answer.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(answer.json().at("/components/schemas/Problem/required").toString())
                .contains("type", "title", "status", "detail", "instance");
    }

    @Test
    void every_api_route_is_in_the_openapi_document_and_nothing_else() throws Exception {
        var documented = new ArrayList<String>();
        var paths = api.get(ApiRoutes.OPENAPI).json().get("paths");
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> documented.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiRoutes.ROUTES);
    }

    @Test
    void every_documented_error_status_uses_the_problem_schema() throws Exception {
        var paths = api.get(ApiRoutes.OPENAPI).json().get("paths");
        paths.forEach(path -> path.forEach(op -> op.get("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                        .isEqualTo("#/components/schemas/Problem");
            }
        })));
    }

    @Test
    void a_failure_inside_is_a_500_problem_without_the_stack_trace() throws Exception {
        database.close();

        var answer = api.get("/api/v1/plans?lang=en");

        assertProblem(answer, 500, "internal");
        assertThat(answer.json().get("title").asText()).isEqualTo("Internal error");
        assertThat(answer.response().body()).doesNotContain("Exception").doesNotContain("at it.traguardi");
    }

    @Test
    void the_api_texts_exist_in_both_languages() throws Exception {
        var italian = new java.util.Properties();
        var english = new java.util.Properties();
        try (var it = getClass().getResourceAsStream("/it/traguardi/web/api/api_it.properties");
                var en = getClass().getResourceAsStream("/it/traguardi/web/api/api_en.properties")) {
            italian.load(new java.io.InputStreamReader(it, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english.keySet()).isEqualTo(italian.keySet()).isNotEmpty();
    }
}
