package it.traguardi.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private JsonNode json;

    // read afresh for each test (not @BeforeAll): PIT credits what a @BeforeAll runs to one test only,
    // so mutants there would escape the assertions of the others
    @BeforeEach
    void writeAndReadBack() throws Exception {
        var plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).readTree(PlanJson.write(plan));
    }

    @Test
    void the_document_names_its_schema_entity_and_years() {
        assertThat(json.get("schema").asText()).isEqualTo("traguardi.plan/1");
        assertThat(json.get("entity").asText()).isEqualTo("Modena");
        assertThat(json.get("year").asInt()).isEqualTo(2022);
        assertThat(json.get("targetYears").toString()).isEqualTo("[2022,2023,2024]");
    }

    @Test
    void the_tree_read_back_has_every_node() {
        var indicators = new ArrayList<JsonNode>();
        int objectives = 0;
        int operational = 0;
        for (var area : json.get("areas")) {
            for (var os : area.get("objectives")) {
                objectives++;
                os.get("indicatorGroup").get("indicators").forEach(indicators::add);
                for (var oo : os.get("operationalGroup").get("objectives")) {
                    operational++;
                    oo.get("indicators").forEach(indicators::add);
                }
            }
        }
        assertThat(json.get("areas")).hasSize(3);
        assertThat(List.of(objectives, operational, indicators.size())).containsExactly(10, 20, 94);
    }

    @Test
    void values_keep_exact_decimals_and_their_italian_text() {
        var os = json.get("areas").get(0).get("objectives").get(0);
        var export = os.get("indicatorGroup").get("indicators").get(0);
        assertThat(export.get("code").asText()).isEqualTo("301.50");
        assertThat(export.get("weight").decimalValue()).isEqualTo(new BigDecimal("5.00"));
        var baseline = export.get("baselines").get("2018");
        assertThat(baseline.get("amount").toString()).isEqualTo("13147300000");
        assertThat(baseline.get("text").asText()).isEqualTo("13.147.300.000 €");
        var target = export.get("targets").get("2022");
        assertThat(target.get("kind").asText()).isEqualTo("atLeast");
        assertThat(target.get("notation").asText()).isEqualTo("symbol");
        assertThat(os.get("indicatorGroup").get("weight").toString()).isEqualTo("50.00");
    }
}
