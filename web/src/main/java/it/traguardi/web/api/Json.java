package it.traguardi.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Our own JSON writing (Javalin's JSON mapper is not used): trees in, strings out. */
final class Json {

    // The charset is stated because Jetty otherwise encodes text as ISO-8859-1, and Italian has accents.
    static final String JSON = "application/json; charset=utf-8";
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // numbers in bodies are read exactly, as written: 12345678901234567.25 is not a double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Json() {
    }

    static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    static void write(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(bytes(body));
    }

    static void writeProblem(Context ctx, ProblemDetail problem, ApiTexts language) {
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(bytes(problem.body(language, ctx.path())));
    }

    /** UTF-8 straight from Jackson: encoding a large String again costs more than writing it. */
    private static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
