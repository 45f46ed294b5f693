package it.traguardi.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.i18n.Messages;
import it.traguardi.report.Reports;
import it.traguardi.report.SeedSource;
import it.traguardi.report.model.ReportKind;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void the_json_has_the_schema_the_facts_and_the_sections_with_typed_cells_by_column_key() throws Exception {
        var source = SeedSource.withValues();
        var report = Reports.build(ReportKind.MONITORAGGIO, source, new Messages(Messages.ITALIAN));
        var json = new ObjectMapper().readTree(JsonReport.render(report));
        assertThat(json.get("schema").asText()).isEqualTo("traguardi.report/1");
        assertThat(json.get("kind").asText()).isEqualTo("monitoraggio");
        assertThat(json.get("entity").asText()).isEqualTo("Modena");
        assertThat(json.get("year").asInt()).isEqualTo(2022);
        var overall = json.get("facts").get(0).get("value");
        assertThat(overall.get("shown").asText()).isEqualTo("97,93%");
        assertThat(overall.get("number").decimalValue()).isEqualByComparingTo("97.93");
        assertThat(overall.get("unit").asText()).isEqualTo("%");
        var rows = json.get("sections").get(0).get("rows");
        assertThat(rows.size()).isEqualTo(source.tree().nodes().size());
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("ENTITY");
        assertThat(rows.get(0).get("cells").get("title").get("shown").asText()).isEqualTo("Modena");
        // An indicator without a baseline has no actual here: N/D, marked missing, never 0.
        var missing = java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.get("kind").asText().equals("INDICATOR"))
                .map(r -> r.get("cells").get("actual")).filter(c -> c.has("missing")).findFirst().orElseThrow();
        assertThat(missing.get("shown").asText()).isEqualTo("N/D");
        assertThat(missing.has("number")).isFalse();
        var actual = rows.get(3).get("cells").get("actual");
        assertThat(actual.get("shown").asText()).isEqualTo("10.807.800.000 €");
        assertThat(actual.get("number").decimalValue()).isEqualByComparingTo("10807800000");
        assertThat(actual.get("unit").asText()).isEqualTo("€");
        assertThat(json.get("charts").size()).isZero();
    }
}
