package it.traguardi.web.objective;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Plan;
import it.traguardi.web.RunningServer;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The objective and area pages over real HTTP, in Italian and English, with and without a value. */
class ObjectivePagesTest {

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    private Plan plan;

    @BeforeEach
    void load() {
        plan = server.store().load("Modena", 2022).orElseThrow();
    }

    private String area() {
        return "/piani/Modena/2022/ambiti/" + plan.areas().getFirst().id().value();
    }

    private String objective() {
        return "/piani/Modena/2022/obiettivi/" + plan.areas().getFirst().objectives().getFirst().id().value();
    }

    /** A year-end value for 301.51, with the comment that a value below its target needs. */
    private void record301_51(String value) throws Exception {
        var recorded = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"" + value
                                + "\", \"reason\": \"dato di prova\"}]")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    @Test
    void the_area_page_shows_its_title_and_how_the_score_comes_about() throws Exception {
        var page = server.get(area());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"it\"")
                .contains("<h1>Ambito strategico 1 - Competitività delle imprese</h1>")
                .contains("Come si arriva al punteggio").contains("33,33%")
                .contains("N/D");
    }

    @Test
    void the_objective_page_shows_its_title_in_italian_and_in_english() throws Exception {
        var italian = server.get(objective());
        var english = server.get(objective() + "?lang=en");

        assertThat(italian.statusCode()).isEqualTo(200);
        assertThat(italian.body()).contains("<h1>Obiettivo strategico 301 - Internazionalizzazione</h1>")
                .contains("Come si arriva al punteggio");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"")
                .contains("<h1>Strategic objective 301 - Internazionalizzazione</h1>")
                .contains("How the score comes about").doesNotContain("Come si arriva al punteggio");
    }

    @Test
    void with_one_value_the_area_and_objective_take_its_score_and_list_the_parts_left_out() throws Exception {
        record301_51("750");

        var area = server.get(area()).body();
        var objective = server.get(objective()).body();

        // 750 of a target of at least 1.000 is the only score: the other parts are N/D, left out and rescaled
        assertThat(area).contains("75,00%").contains("Parti escluse");
        assertThat(objective).contains("75,00%").contains("Parti escluse");
    }

    @Test
    void an_area_is_not_an_objective_and_an_unknown_node_is_not_found() throws Exception {
        assertThat(server.get("/piani/Modena/2022/obiettivi/" + plan.areas().getFirst().id().value()).statusCode())
                .isEqualTo(404);
        assertThat(server.get("/piani/Modena/2022/ambiti/"
                + plan.areas().getFirst().objectives().getFirst().id().value()).statusCode()).isEqualTo(404);
        assertThat(server.get("/piani/Modena/2022/ambiti/99999").statusCode()).isEqualTo(404);
    }
}
