package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.value.ItalianFormat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A target typed in the plan's own words over real HTTP: the nodes API gives it as written and as
 * understood, the indicator page shows both where they differ, the edit form shows it as written
 * (so saving the form again keeps it), and typing the file form drops it.
 */
class WrittenTargetsApiTest extends ApiTestBase {

    private static final String WORDS = "non inferiore a 13.600.000.000 €";
    private static final String UNDERSTOOD = "≥ 13.600.000.000 €";

    private Indicator indicator;

    @BeforeEach
    void pick() {
        // the seed's 301.50, whose 2022 target is written "≥ 13.200.000.000 €"
        indicator = store.load("Modena", 2022).orElseThrow().indicators().filter(i -> i.code().equals("301.50"))
                .findFirst().orElseThrow();
    }

    private ApiClient.Answer putTarget(String target) throws Exception {
        var version = store.version("Modena", 2022).orElseThrow();
        return api.send("PUT", "/api/v1/plans/Modena/2022/nodes/" + indicator.id().value(), "application/json",
                ("{\"target.2022\":\"" + target + "\"}").getBytes(StandardCharsets.UTF_8),
                "If-Match", "\"" + version + "\"");
    }

    private String page(String suffix) throws Exception {
        var page = server.get("/piani/Modena/2022/indicatori/" + indicator.id().value() + suffix);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void a_target_typed_in_words_is_given_as_written_and_as_understood() throws Exception {
        assertThat(putTarget("  non\u00A0inferiore  a 13.600.000.000 €").status()).isEqualTo(200);

        var definition = api.get("/api/v1/plans/Modena/2022/nodes/" + indicator.id().value()).json().get("definition");
        // the spaces made one, as the reader reads them
        assertThat(definition.get("targets").get("2022").asText()).isEqualTo(WORDS);
        assertThat(definition.get("understoodTargets").get("2022").asText()).isEqualTo(UNDERSTOOD);
        // a year typed in the file form is the same in both
        assertThat(definition.get("targets").get("2024").asText()).isEqualTo("≥ 13.500.000.000 €");
        assertThat(definition.get("understoodTargets").get("2024").asText()).isEqualTo("≥ 13.500.000.000 €");
        var stored = (Indicator) store.load("Modena", 2022).orElseThrow().node(indicator.id()).orElseThrow();
        assertThat(stored.definition().writtenTarget(2022)).contains(WORDS);
        assertThat(ItalianFormat.format(stored.definition().targets().get(2022))).isEqualTo(UNDERSTOOD);
    }

    @Test
    void the_indicator_page_shows_the_understood_target_and_beside_it_the_words_of_the_plan() throws Exception {
        putTarget(WORDS);

        assertThat(page("")).contains("≥ 13.600.000.000 €<span class=\"d-block small text-muted\">scritto «"
                + WORDS + "»</span>");
        assertThat(page("?lang=en")).contains("written «" + WORDS + "»").doesNotContain("scritto «");
        // the 2024 target is written as it is shown: nothing beside it
        assertThat(page("")).containsOnlyOnce("scritto «");
    }

    @Test
    void the_edit_form_shows_the_target_as_written_so_that_saving_it_again_keeps_it() throws Exception {
        putTarget(WORDS);
        var form = "/piani/Modena/2022/modifica/nodi/" + indicator.id().value();

        assertThat(server.get(form).body()).contains("value=\"" + WORDS + "\"");
        var saved = server.postForm(form, formAsShown("owner", "Ufficio Studi"));

        assertThat(saved.statusCode()).isEqualTo(303);
        var stored = (Indicator) store.load("Modena", 2022).orElseThrow().node(indicator.id()).orElseThrow();
        assertThat(stored.definition().owner()).isEqualTo("Ufficio Studi");
        assertThat(stored.definition().writtenTarget(2022)).contains(WORDS);
    }

    @Test
    void typing_the_target_in_its_file_form_drops_the_words() throws Exception {
        putTarget(WORDS);

        assertThat(putTarget(UNDERSTOOD).status()).isEqualTo(200);

        var definition = api.get("/api/v1/plans/Modena/2022/nodes/" + indicator.id().value()).json().get("definition");
        assertThat(definition.get("targets").get("2022").asText()).isEqualTo(UNDERSTOOD);
        assertThat(page("")).doesNotContain("scritto «");
        assertThat(store.version("Modena", 2022)).contains(3);
    }

    /** The form as the page fills it (targets as written, as the page was just seen to show them), with one change. */
    private String formAsShown(String field, String value) {
        var plan = store.load("Modena", 2022).orElseThrow();
        var d = ((Indicator) plan.node(indicator.id()).orElseThrow()).definition();
        var fields = new LinkedHashMap<String, String>();
        fields.put("versione", String.valueOf(store.version("Modena", 2022).orElseThrow()));
        fields.put("code", indicator.code());
        fields.put("title", indicator.title());
        fields.put("weight", ItalianFormat.formatNumber(indicator.weight().percent()));
        fields.put("algorithm", d.algorithm());
        fields.put("formula", d.formula());
        fields.put("unit", d.unit().name());
        fields.put("source", d.dataSource());
        fields.put("owner", d.owner());
        plan.baselineYears().forEach(y -> fields.put("baseline." + y,
                d.baselines().containsKey(y) ? ItalianFormat.format(d.baselines().get(y)) : ""));
        plan.targetYears().forEach(y -> fields.put("target." + y, d.targetWritings().getOrDefault(y, "")));
        fields.put(field, value);
        var out = new StringJoiner("&");
        fields.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
