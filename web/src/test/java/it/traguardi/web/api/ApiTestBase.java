package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.web.WebServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A started server on a random port with the Modena 2022 seed plan stored (version 1) in H2. */
abstract class ApiTestBase {

    @TempDir
    Path dir;

    Database database;
    PlanStore store;
    Javalin app;
    ApiClient api;

    @BeforeEach
    void start() throws Exception {
        database = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + urlOptions());
        store = new PlanStore(database.dataSource());
        store.save(AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan(), false);
        app = WebServer.create(database.dataSource()).start("127.0.0.1", 0);
        api = new ApiClient(app.port());
    }

    /** Settings added to the H2 URL ({@code ;NAME=value}); none by default. */
    String urlOptions() {
        return "";
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
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
