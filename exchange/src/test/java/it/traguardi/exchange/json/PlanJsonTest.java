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

    private static JsonNode parse(String text) throws Exception {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).readTree(text);
    }

    @Test
    void every_level_of_a_small_plan_is_written_with_every_field() throws Exception {
        var small = parse(PlanJson.write(SmallPlan.read()));
        var area = small.get("areas").get(0);
        var os = area.get("objectives").get(0);
        var oo = os.get("operationalGroup").get("objectives").get(0);

        assertThat(small.get("baselineYears").toString()).isEqualTo("[2019,2020,2021]");
        assertThat(area.toString()).startsWith("{\"id\":1,\"kind\":\"AREA\",\"code\":\"1\",\"title\":\"Imprese\","
                + "\"weight\":100.00,\"weightText\":\"100,00%\",\"objectives\":[{");
        assertThat(os.toString()).startsWith("{\"id\":2,\"kind\":\"STRATEGIC_OBJECTIVE\",\"code\":\"11\",\"title\":\"Export\","
                + "\"weight\":100.00,\"weightText\":\"100,00%\",\"indicatorGroup\":{\"weight\":60.00,\"indicators\":[{\"id\":3,");
        assertThat(os.get("operationalGroup").get("weight").toString()).isEqualTo("40.00");
        assertThat(oo).isEqualTo(parse("""
                {"id": 5, "kind": "OPERATIONAL_OBJECTIVE", "code": "11.3", "title": "Progetti", "weight": 100.00,
                 "weightText": "100,00%", "indicators": [
                  {"id": 6, "kind": "INDICATOR", "code": "11.3.1", "title": "Progetti avviati", "weight": 100.00,
                   "weightText": "100,00%", "algorithm": "N. progetti", "formula": "", "unit": "COUNT",
                   "dataSource": "", "owner": "",
                   "baselines": {
                     "2019": {"text": "1 N.", "kind": "number", "amount": 1, "unit": "COUNT"},
                     "2020": {"text": "2 N.", "kind": "number", "amount": 2, "unit": "COUNT"},
                     "2021": {"text": "3 N.", "kind": "number", "amount": 3, "unit": "COUNT"}},
                   "targets": {
                     "2022": {"text": "≥ 5 N.", "understood": "≥ 5 N.", "kind": "atLeast", "notation": "symbol", "amount": 5, "unit": "COUNT"},
                     "2023": {"text": "≥ 6 N.", "understood": "≥ 6 N.", "kind": "atLeast", "notation": "symbol", "amount": 6, "unit": "COUNT"},
                     "2024": {"text": "≥ 7 N.", "understood": "≥ 7 N.", "kind": "atLeast", "notation": "symbol", "amount": 7, "unit": "COUNT"}}}]}
                """));
    }

    @Test
    void targets_of_exactly_or_at_most_a_value_are_written_with_their_amount_and_unit() throws Exception {
        var small = parse(PlanJson.write(SmallPlan.read()));
        var fiere = small.get("areas").get(0).get("objectives").get(0).get("indicatorGroup").get("indicators").get(1);
        assertThat(fiere.get("targets").get("2022")).isEqualTo(parse("""
                {"text": "= 6 N.", "understood": "= 6 N.", "kind": "exactly", "amount": 6, "unit": "COUNT"}"""));
        assertThat(fiere.get("targets").get("2024")).isEqualTo(parse("""
                {"text": "≤ 4 N.", "understood": "≤ 4 N.", "kind": "atMost", "notation": "symbol", "amount": 4, "unit": "COUNT"}"""));
    }

    @Test
    void a_target_written_in_words_carries_its_text_as_written_and_what_was_understood() throws Exception {
        var small = parse(PlanJson.write(SmallPlan.readWith("\t≤ 4 N.\t", "\tnon superiore a 4 N\t")));
        var fiere = small.get("areas").get(0).get("objectives").get(0).get("indicatorGroup").get("indicators").get(1);
        assertThat(fiere.get("targets").get("2024")).isEqualTo(parse("""
                {"text": "non superiore a 4 N", "understood": "≤ 4 N.", "kind": "atMost", "notation": "symbol",
                 "amount": 4, "unit": "COUNT"}"""));
    }
}
