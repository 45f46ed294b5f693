package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API's answers on the seed plan match the schemas the OpenAPI document gives them: every
 * required property present, every value of its declared type, every object and array checked
 * down to the leaves. A schema that drifts from what the handlers write fails here.
 */
class OpenApiResponsesTest extends ApiTestBase {

    private static final String MODENA = "/api/v1/plans/Modena/2022";

    @Test
    void the_reading_routes_answer_what_their_schemas_describe() throws Exception {
        var plan = store.load("Modena", 2022).orElseThrow();
        var indicator = plan.indicators().findFirst().orElseThrow().id().value();
        var area = plan.areas().getFirst().id().value();
        var comment = "{\"text\":\"Verificato con l'ufficio\"}".getBytes(StandardCharsets.UTF_8);
        var posted = api.send("POST", MODENA + "/nodes/" + indicator + "/comments", "application/json", comment);
        var recorded = api.send("POST", MODENA + "/values", "application/json",
                "[{\"code\":\"D1.1_10\",\"period\":\"2022\",\"value\":\"1.133\"}]".getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(recorded.status()).isEqualTo(201);
        var problems = new ArrayList<String>();

        check(posted, "post", "/api/v1/plans/{entity}/{year}/nodes/{id}/comments", problems);
        check(recorded, "post", "/api/v1/plans/{entity}/{year}/values", problems);
        check(api.get("/api/v1/plans"), "get", "/api/v1/plans", problems);
        check(api.get(MODENA), "get", "/api/v1/plans/{entity}/{year}", problems);
        check(api.get(MODENA + "/checks"), "get", "/api/v1/plans/{entity}/{year}/checks", problems);
        check(api.get(MODENA + "/scores"), "get", "/api/v1/plans/{entity}/{year}/scores", problems);
        check(api.get(MODENA + "/nodes/" + indicator), "get", "/api/v1/plans/{entity}/{year}/nodes/{id}", problems);
        check(api.get(MODENA + "/nodes/" + area), "get", "/api/v1/plans/{entity}/{year}/nodes/{id}", problems);
        check(api.get(MODENA + "/nodes/" + indicator + "/comments"), "get",
                "/api/v1/plans/{entity}/{year}/nodes/{id}/comments", problems);
        check(api.get(MODENA + "/values"), "get", "/api/v1/plans/{entity}/{year}/values", problems);
        check(api.get(MODENA + "/values/history?code=D1.1_10&period=2022"), "get",
                "/api/v1/plans/{entity}/{year}/values/history", problems);
        check(api.get(MODENA + "/values/detached"), "get", "/api/v1/plans/{entity}/{year}/values/detached", problems);
        check(api.get(MODENA + "/nodes/999999"), "get", "/api/v1/plans/{entity}/{year}/nodes/{id}", problems);

        assertThat(problems).isEmpty();
    }

    private void check(ApiClient.Answer answer, String method, String path, List<String> problems) throws Exception {
        var document = api.get(ApiRoutes.OPENAPI).json();
        var status = Integer.toString(answer.status());
        var response = document.get("paths").get(path).get(method).get("responses").get(status);
        var where = method + " " + path + " " + status;
        if (response == null) {
            problems.add(where + ": status not documented");
            return;
        }
        var type = answer.type().split(";")[0].strip();
        var schema = response.path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            problems.add(where + ": " + type + " not documented");
            return;
        }
        new SchemaCheck(document, problems).check(answer.json(), schema, where);
    }

    /** The part of JSON Schema the document uses: $ref, type, const, enum, properties, required, items, additionalProperties, oneOf, allOf. */
    private record SchemaCheck(JsonNode document, List<String> problems) {

        void check(JsonNode value, JsonNode schema, String where) {
            if (schema.has("$ref")) {
                check(value, document.at(schema.get("$ref").asText().substring(1)), where);
                return;
            }
            if (schema.has("oneOf")) {
                var matching = 0;
                for (var option : schema.get("oneOf")) {
                    var inner = new SchemaCheck(document, new ArrayList<>());
                    inner.check(value, option, where);
                    matching += inner.problems().isEmpty() ? 1 : 0;
                }
                if (matching != 1) {
                    problems.add(where + ": " + matching + " of oneOf match");
                }
            }
            schema.path("allOf").forEach(part -> check(value, part, where));
            if (schema.has("const") && !schema.get("const").equals(value)) {
                problems.add(where + ": not " + schema.get("const"));
            }
            if (schema.has("enum") && !contains(schema.get("enum"), value)) {
                problems.add(where + ": " + value + " not in " + schema.get("enum"));
            }
            if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
                problems.add(where + ": " + value.getNodeType() + " is not " + schema.get("type"));
                return;
            }
            if (value.isObject()) {
                schema.path("required").forEach(name -> {
                    if (!value.has(name.asText())) {
                        problems.add(where + ": no " + name.asText());
                    }
                });
                value.properties().forEach(field -> {
                    var property = schema.path("properties").path(field.getKey());
                    var additional = schema.path("additionalProperties");
                    if (!property.isMissingNode()) {
                        check(field.getValue(), property, where + "/" + field.getKey());
                    } else if (additional.isObject()) {
                        check(field.getValue(), additional, where + "/" + field.getKey());
                    }
                });
            }
            if (value.isArray() && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.get("items"), where + "/" + i);
                }
            }
        }

        private static boolean contains(JsonNode list, JsonNode value) {
            for (var item : list) {
                if (item.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean typeMatches(JsonNode type, JsonNode value) {
            if (type.isArray()) {
                for (var one : type) {
                    if (typeMatches(one, value)) {
                        return true;
                    }
                }
                return false;
            }
            return switch (type.asText()) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> false;
            };
        }
    }
}
