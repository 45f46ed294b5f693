package it.traguardi.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Chart;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportSection;

/**
 * A report as JSON, schema {@code traguardi.report/1} (docs/report-formats.md): the header, the
 * facts, the sections with their columns and rows (each row's cells by column key) and the charts'
 * bars. Every cell has {@code shown}, the text of the page; a number also {@code number} (exact,
 * percent for a percentage) and {@code unit}, a day {@code date} (ISO), N/D {@code missing: true}.
 */
public final class JsonReport {

    public static final String SCHEMA = "traguardi.report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private JsonReport() {
    }

    public static String render(Report report) {
        var out = MAPPER.createObjectNode().put("schema", SCHEMA).put("kind", report.kind().key())
                .put("entity", report.entity()).put("year", report.year()).put("period", report.period())
                .put("language", report.language()).put("title", report.title())
                .put("description", report.description());
        var facts = out.putArray("facts");
        report.facts().forEach(f -> {
            var fact = facts.addObject().put("key", f.key()).put("label", f.label());
            fact.set("value", cell(f.value()));
        });
        var sections = out.putArray("sections");
        report.sections().forEach(s -> sections.add(section(s)));
        var charts = out.putArray("charts");
        report.charts().forEach(c -> charts.add(chart(c)));
        try {
            return MAPPER.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static ObjectNode section(ReportSection section) {
        var out = MAPPER.createObjectNode().put("key", section.key()).put("title", section.title());
        var columns = out.putArray("columns");
        section.columns().forEach(c -> columns.addObject().put("key", c.key()).put("label", c.label()));
        var rows = out.putArray("rows");
        for (var row : section.rows()) {
            var r = rows.addObject().put("kind", row.kind().name()).put("level", row.level());
            var cells = r.putObject("cells");
            for (int i = 0; i < row.cells().size(); i++) {
                cells.set(section.columns().get(i).key(), cell(row.cells().get(i)));
            }
        }
        return out;
    }

    private static ObjectNode chart(Chart chart) {
        var out = MAPPER.createObjectNode().put("key", chart.key()).put("title", chart.title())
                .put("description", chart.description());
        var bars = out.putArray("bars");
        chart.bars().forEach(b -> bars.addObject().put("label", b.label()).set("value", cell(b.value())));
        return out;
    }

    private static ObjectNode cell(Cell cell) {
        var out = MAPPER.createObjectNode().put("shown", cell.shown());
        switch (cell) {
            case Cell.Amount a -> out.put("number", a.number()).put("unit", a.unit().symbol());
            case Cell.Count c -> out.put("number", c.count());
            case Cell.Day d -> out.put("date", d.date().toString());
            case Cell.NotAvailable n -> out.put("missing", true);
            case Cell.Text t -> {
            }
            case Cell.Blank b -> {
            }
        }
        return out;
    }
}
