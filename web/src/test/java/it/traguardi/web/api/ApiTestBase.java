package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.web.RunningServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A started server on a random port with the Modena 2022 seed plan stored (version 1) in H2. */
abstract class ApiTestBase {

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withUrlOptions(urlOptions());

    Database database;
    PlanStore store;
    ApiClient api;

    @BeforeEach
    void connect() {
        database = server.database();
        store = server.store();
        api = new ApiClient(server.port());
    }

    /** Settings added to the H2 URL ({@code ;NAME=value}); none by default. */
    String urlOptions() {
        return "";
    }

    static void assertProblem(ApiClient.Answer answer, int status, String kind) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.type()).startsWith("application/problem+json");
        var body = answer.json();
        assertThat(body.get("type").asText()).isEqualTo("/api/problems/" + kind);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("instance").asText()).startsWith("/api");
    }
}
