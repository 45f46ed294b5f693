package it.traguardi.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Real HTTP against a started server; answers with the status, headers and parsed JSON body. */
public record ApiClient(int port) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Answer(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String type() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }
    }

    public Answer send(String method, String path, String contentType, byte[] body, String... headers) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return new Answer(HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    public Answer get(String path, String... headers) throws Exception {
        return send("GET", path, null, null, headers);
    }

    public Answer delete(String path, String... headers) throws Exception {
        return send("DELETE", path, null, null, headers);
    }

    public Answer postTsv(String path, byte[] body, String... headers) throws Exception {
        return send("POST", path, "text/tab-separated-values; charset=UTF-8", body, headers);
    }
}
