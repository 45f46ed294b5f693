package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The route tree as a whole: unknown routes and methods, and the OpenAPI document. */
class ApiRoutesTest extends ApiTestBase {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    /** The operations that write a plan (PlanStore): each may meet another write of it (409 plan-busy). */
    private static final Set<String> WRITES = Set.of("post /api/v1/plans", "delete /api/v1/plans/{entity}/{year}",
            "post /api/v1/plans/{entity}/{year}/copy", "post /api/v1/plans/{entity}/{year}/nodes",
            "put /api/v1/plans/{entity}/{year}/nodes/{id}", "delete /api/v1/plans/{entity}/{year}/nodes/{id}",
            "put /api/v1/plans/{entity}/{year}/groups/{parentId}/weights");

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
    void the_openapi_document_is_valid_for_an_openapi_parser() throws Exception {
        var options = new ParseOptions();
        options.setResolve(true);

        var parsed = new OpenAPIV3Parser().readContents(api.get(ApiRoutes.OPENAPI).response().body(), null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths().keySet())
                .isEqualTo(Arrays.stream(ApiRoute.values()).map(ApiRoute::path).collect(Collectors.toSet()));
    }

    @Test
    void the_openapi_document_lists_exactly_the_api_routes_the_server_registered() throws Exception {
        var documented = new ArrayList<String>();
        var paths = api.get(ApiRoutes.OPENAPI).json().get("paths");
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        // the routes the running server holds, not a list kept beside it: the document itself and the
        // catch-all of unknown paths aside
        var registered = server.app().unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(e -> (e.path.startsWith("/api/") || e.path.equals("/health")) && !e.path.equals(ApiRoutes.OPENAPI)
                        && !e.path.endsWith("*"))
                .map(e -> e.method.name() + " " + e.path).toList();

        assertThat(registered).doesNotHaveDuplicates().hasSize(ApiRoute.values().length);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(ApiRoutes.ROUTES).containsExactlyInAnyOrderElementsOf(registered);
        // as the OpenAPI document names an operation
        assertThat(ApiRoute.VALUE_HISTORY.toString()).isEqualTo("GET /api/v1/plans/{entity}/{year}/values/history");
    }

    @Test
    void every_response_but_204_has_a_schema_and_every_object_in_it_names_its_properties() throws Exception {
        var document = api.get(ApiRoutes.OPENAPI).json();
        var loose = new ArrayList<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> op.getValue().get("responses").properties().forEach(response -> {
                    var where = op.getKey() + " " + path.getKey() + " " + response.getKey();
                    var content = response.getValue().path("content");
                    if (response.getKey().equals("204")) {
                        assertThat(content.isMissingNode()).as(where).isTrue();
                        return;
                    }
                    assertThat(content.properties()).as(where).isNotEmpty();
                    content.properties().forEach(type -> {
                        assertThat(type.getValue().has("schema")).as(where).isTrue();
                        collectLoose(type.getValue().get("schema"), where, loose);
                    });
                })));
        document.get("components").get("schemas").properties()
                .forEach(schema -> collectLoose(schema.getValue(), schema.getKey(), loose));

        assertThat(loose).isEmpty();
    }

    /** Every object schema without properties (nor a schema for them) found in {@code schema}. */
    private static void collectLoose(JsonNode schema, String where, List<String> loose) {
        if (schema.isObject()) {
            var object = schema.path("type").asText().equals("object")
                    || schema.path("type").toString().contains("\"object\"");
            if (object && !schema.has("properties") && !schema.path("additionalProperties").isObject()) {
                loose.add(where);
            }
            schema.properties().forEach(child -> collectLoose(child.getValue(), where + "/" + child.getKey(), loose));
        } else if (schema.isArray()) {
            schema.forEach(item -> collectLoose(item, where, loose));
        }
    }

    @Test
    void every_write_documents_plan_busy_and_every_body_its_limits() throws Exception {
        var paths = api.get(ApiRoutes.OPENAPI).json().get("paths");
        var missing = new ArrayList<String>();
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> {
                    var responses = op.getValue().get("responses");
                    var where = op.getKey() + " " + path.getKey();
                    if (op.getValue().has("requestBody")) {
                        List.of("408", "413").stream().filter(status -> !responses.has(status))
                                .forEach(status -> missing.add(where + " " + status));
                    }
                    if (WRITES.contains(where)) {
                        if (!responses.has("409")) {
                            missing.add(where + " 409");
                        }
                    }
                }));

        assertThat(missing).isEmpty();
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
