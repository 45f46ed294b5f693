package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.store.Database;
import it.traguardi.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score and the check of a plan are one JSON document each, whoever writes them: the command
 * line's {@code --format json} and the API give the same document for the same stored plan (the API
 * adds the plan's version).
 */
class ReviewJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void the_command_line_and_the_api_write_the_same_score_and_check_documents() throws Exception {
        var cli = CommandLineRun.withDemoPlan(folder);
        var csv = cli.write("valori.csv", """
                code;period;value;reason
                D1.1_10;2022;880;
                31.D1.2.4;2022;12,00;nuovo portale dei certificati
                """);
        assertThat(cli.run("values", "import", csv.toString(), "--entity", "Modena", "--year", "2022").exitCode())
                .isZero();
        var score = JSON.readTree(cli.run("score", "--entity", "Modena", "--year", "2022", "--format", "json").out());
        var check = JSON.readTree(cli.run("check", "--entity", "Modena", "--year", "2022", "--format", "json").out());

        JsonNode apiScore;
        JsonNode apiCheck;
        try (var database = Database.open(cli.databaseUrl())) {
            var app = WebServer.create(database.dataSource()).start("127.0.0.1", 0);
            try {
                apiScore = get(app.port(), "/api/v1/plans/Modena/2022/scores");
                apiCheck = get(app.port(), "/api/v1/plans/Modena/2022/checks");
            } finally {
                app.stop();
            }
        }

        assertThat(((ObjectNode) apiScore).remove("version").asInt()).isEqualTo(1);
        assertThat(((ObjectNode) apiCheck).remove("version").asInt()).isEqualTo(1);
        assertThat(apiScore).isEqualTo(score);
        assertThat(apiCheck).isEqualTo(check);
        // what both give: the period, an indicator's target and actual, a finding's nodes with their codes
        assertThat(score.get("period").asText()).isEqualTo("2022");
        var indicator = CommandLineRun.find(score.get("root"), "31.D1.2.4");
        assertThat(indicator.get("target").asText()).isEqualTo("≥ 15,00%");
        assertThat(indicator.get("actual").asText()).isEqualTo("12,00%");
        // 12 of 15: 80%, contributed with the weight the plan gives it
        assertThat(indicator.get("achievement").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(indicator.get("explanation").get("contributions").isArray()).isTrue();
        assertThat(check.get("findings")).anySatisfy(f -> assertThat(f.get("nodes").get(0).get("code").asText())
                .isEqualTo("301.51"));
    }

    private static JsonNode get(int port, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
