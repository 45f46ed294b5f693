package it.traguardi.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Plan;
import it.traguardi.web.RunningServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The indicator page over real HTTP, in Italian and English, before and after a value and a comment. */
class IndicatorPagesTest {

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    private Plan plan;

    @BeforeEach
    void load() {
        plan = server.store().load("Modena", 2022).orElseThrow();
    }

    private String indicator(String code) {
        var id = plan.indicators().filter(i -> i.code().equals(code)).findFirst().orElseThrow().id();
        return "/piani/Modena/2022/indicatori/" + id.value();
    }

    @Test
    void the_page_shows_the_definition_baselines_and_targets_of_the_seed() throws Exception {
        var page = server.get(indicator("301.50"));

        assertThat(page.statusCode()).isEqualTo(200);
        // the seed's 301.50: its algorithm, a baseline of 2018 and the 2024 target (SeedImportTest)
        assertThat(page.body()).contains("<html lang=\"it\"")
                .contains("<h1>Indicatore 301.50 - Fatturato export provinciale</h1>")
                .contains("Definizione").contains("Valore esportazioni Driver Export")
                .contains("13.147.300.000 €").contains("≥ 13.500.000.000 €")
                .contains("<svg").contains("Andamento di 301.50")
                .contains("Nessun valore inserito per questo indicatore.")
                .contains("<a href=\"/piani/Modena/2022\">Piano Modena 2022</a>");
    }

    @Test
    void the_page_is_in_english_with_lang_en() throws Exception {
        var page = server.get(indicator("301.50") + "?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"")
                .contains("<h1>Indicator 301.50 - Fatturato export provinciale</h1>")
                .contains("Definition").contains("No value entered for this indicator.")
                .doesNotContain("Definizione");
    }

    @Test
    void a_recorded_value_shows_in_the_history_with_its_score_and_a_comment_is_kept() throws Exception {
        var recorded = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"750\", \"reason\": \"dato di prova\"}]")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        var commented = server.postForm(indicator("301.51") + "/commenti", "testo=Dato+provvisorio+della+dogana");
        var page = server.get(indicator("301.51"));

        assertThat(commented.statusCode()).isEqualTo(303);
        // 750 of a target of at least 1.000
        assertThat(page.body()).contains("750 N.").contains("75,00%").contains("dato di prova")
                .contains("Dato provvisorio della dogana")
                .doesNotContain("Nessun valore inserito per questo indicatore.");
    }

    @Test
    void an_empty_comment_is_refused_on_the_page_with_its_message() throws Exception {
        var refused = server.postForm(indicator("301.51") + "/commenti", "testo=");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Scrivere il testo del commento.").contains("aria-invalid=\"true\"");
    }

    @Test
    void an_unknown_indicator_or_a_node_of_another_kind_is_not_found() throws Exception {
        assertThat(server.get("/piani/Modena/2022/indicatori/99999").statusCode()).isEqualTo(404);
        assertThat(server.get("/piani/Modena/2022/indicatori/" + plan.areas().getFirst().id().value()).statusCode())
                .isEqualTo(404);
        assertThat(server.get("/piani/Modena/2030/indicatori/1").statusCode()).isEqualTo(404);
    }
}
