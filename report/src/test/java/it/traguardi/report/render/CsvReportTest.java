package it.traguardi.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.Unit;
import it.traguardi.report.Reports;
import it.traguardi.report.SeedSource;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Column;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.RowKind;
import it.traguardi.report.model.ReportSection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static final Messages IT = new Messages(Messages.ITALIAN);

    @Test
    void the_csv_has_the_summary_then_a_block_per_section_with_the_cells_as_the_page_shows_them() {
        var report = Reports.build(ReportKind.RELAZIONE, SeedSource.withValues(), IT);
        var blocks = CsvReport.render(report).split("\r\n\r\n");
        assertThat(blocks).hasSize(1 + report.sections().size());
        var summary = blocks[0].split("\r\n");
        assertThat(summary[0]).isEqualTo("section;key;label;value");
        assertThat(summary[1]).isEqualTo("summary;kind;;relazione");
        assertThat(summary).contains("summary;overall;Punteggio dell'ente;97,93%",
                "summary;achieved;Indicatori raggiunti;68");
        var areas = blocks[1].split("\r\n");
        assertThat(areas[0]).isEqualTo("section;level;kind;kind;code;title;weight;achievement;status;coverage");
        assertThat(areas[1]).startsWith("ambiti;0;ENTITY;Ente;;Modena;;97,93%;raggiunto;");
        assertThat(areas).hasSize(1 + report.sections().getFirst().rows().size());
    }

    @Test
    void cells_that_hold_a_separator_are_quoted_and_formulas_are_marked_as_text() {
        var section = new ReportSection("s", "Voci", List.of(new Column("code", "Codice", 10), new Column("value", "Valore", 10)),
                List.of(new ReportRow(RowKind.ENTRY, 0, List.of(Cell.text("=1+2"), Cell.text("a;b \"c\""))),
                        new ReportRow(RowKind.ENTRY, 1, List.of(Cell.NOT_AVAILABLE,
                                new Cell.Amount(new BigDecimal("-20.14"), Unit.DAYS)))));
        var report = new Report(ReportKind.MONITORAGGIO, "Ente", 2022, "2022-06-30", "T", "D", "it", List.of(),
                List.of(section), List.of());
        var lines = CsvReport.render(report).split("\r\n");
        assertThat(lines).endsWith("section;level;kind;code;value", "s;0;ENTRY;'=1+2;\"a;b \"\"c\"\"\"", "s;1;ENTRY;N/D;-20,14 gg");
        assertThat(lines).contains("summary;period;;2022-06-30");
    }
}
