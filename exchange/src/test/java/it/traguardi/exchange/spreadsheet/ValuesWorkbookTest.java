package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.values.ValuesCsv;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValuesWorkbookTest {

    private static final Period JUNE = new Period.Day(LocalDate.of(2022, 6, 30));
    private Plan plan;
    private ValueEntry entry;

    @BeforeEach
    void modena() throws Exception {
        plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        entry = ValueEntry.forPlan(plan, List.of(), Instant.parse("2022-07-01T10:00:00Z"));
    }

    @Test
    void the_template_lists_the_measures_then_the_indicators_without_formula_still_waiting() {
        var all = ValuesWorkbook.waiting(plan, List.of(), Map.of());
        var some = ValuesWorkbook.waiting(plan, List.of(), Map.of(ValueTarget.measure("D1.1_10"),
                ItalianFormat.parseValue("880 N.")));

        // 69 measures of the seed's formulas and 40 indicators with no formula: the data-entry page's rows
        assertThat(all).hasSize(109);
        assertThat(all.getFirst()).isEqualTo(new ValuesWorkbook.Row("401.50", "Tasso di sopravvivenza imprese a 3 anni",
                it.traguardi.core.value.Unit.PERCENT, ""));
        assertThat(all).contains(new ValuesWorkbook.Row("#33", "Capacità di supportare la creazione di start-up",
                it.traguardi.core.value.Unit.PERCENT, "≥ 6,00%"));
        assertThat(some).hasSize(108).extracting(ValuesWorkbook.Row::code).doesNotContain("D1.1_10");
    }

    @Test
    void a_template_filled_by_the_office_reads_as_the_csv_of_the_same_values() throws Exception {
        var template = ValuesWorkbook.write(plan, JUNE, ValuesWorkbook.waiting(plan, List.of(), Map.of()));
        var filled = fill(template, Map.of("D1.1_10", 880, "B1.1.1", LocalDate.of(2022, 10, 31),
                "C2.4.1", "31/10/2022", "#33", new Workbooks.Formatted(0.065, "0.00%")));

        var xlsx = ValuesWorkbookReader.read("valori.xlsx", filled, "Modena", 2022, entry);
        var csv = ValuesCsv.read(List.of("code;period;value", "B1.1.1;2022-06-30;31-10-2022",
                "C2.4.1;2022-06-30;31/10/2022", "D1.1_10;2022-06-30;880", "#33;2022-06-30;6,5%"), entry);

        assertThat(xlsx.problems()).isEmpty();
        assertThat(xlsx.records()).extracting(r -> r.target(), r -> r.period(), r -> r.value())
                .containsExactlyElementsOf(csv.records().stream().map(r -> tuple(r.target(), r.period(), r.value())).toList());
    }

    @Test
    void bad_rows_are_reported_with_their_row_and_field_like_the_csv() throws Exception {
        var rows = List.<List<Object>>of(List.of("Codice", "x", "Unità", "Target", "Valore", "Motivo"),
                List.of("NOPE", "", "", "", 5), List.of("B1.1.1", "", "data", "", 44865),
                List.of("D1.1_10", "", "", "", "abc"), List.of("", "", "", "", 3), List.of("D1.1_20"));
        var bytes = Workbooks.of("Valori", rows, new TemplateMark("valori", "Modena", "2022", "2022-06-30"));

        var reading = ValuesWorkbookReader.read("valori.xlsx", bytes, "Modena", 2022, entry);

        // a date stored as a bare serial number (44865, no date format) in a date row is that day
        assertThat(reading.records()).extracting(r -> r.target(), r -> ItalianFormat.format(r.value()))
                .containsExactly(tuple(ValueTarget.measure("B1.1.1"), "31-10-2022"));
        // each named by the template's column, not by the CSV's field
        assertThat(reading.problems()).extracting(ValuesCsv.LineProblem::line, ValuesCsv.LineProblem::column,
                ValuesCsv.LineProblem::header, ValuesCsv.LineProblem::columns).containsExactly(
                        tuple(2, 1, "Codice", ImportProblem.Columns.LETTERED), tuple(4, 5, "Valore", ImportProblem.Columns.LETTERED),
                        tuple(5, 1, "Codice", ImportProblem.Columns.LETTERED));
    }

    @Test
    void a_template_of_another_entity_or_year_or_none_at_all_is_refused() {
        var other = Workbooks.of("Valori", List.of(List.of("Codice")), new TemplateMark("valori", "Parma", "2021", "2021"));
        var none = Workbooks.of("Valori", List.of(List.of("Codice")), null);

        assertThat(Problems.of(() -> ImportFiles.values("valori.xlsx", other, "Modena", 2022, entry))).containsExactly(
                "valori.xlsx [Traguardi], riga 2, colonna B («ente»): il modello è dell'ente «Parma», non di «Modena»",
                "valori.xlsx [Traguardi], riga 3, colonna B («anno»): il modello è del piano 2021, non del 2022");
        assertThat(Problems.of(() -> ImportFiles.values("valori.xlsx", none, "Modena", 2022, entry))).containsExactly(
                "valori.xlsx: il file non è un modello dei valori di Traguardi (manca il foglio nascosto «Traguardi»): "
                        + "scaricare il modello dalla pagina dei valori o con «template values»");
    }

    @Test
    void the_value_cells_carry_the_italian_format_of_their_unit() throws Exception {
        var template = ValuesWorkbook.write(plan, JUNE, ValuesWorkbook.waiting(plan, List.of(), Map.of()));

        assertThat(PlanWorkbookTest.entry(template, "xl/styles.xml")).contains("formatCode=\"dd-mm-yyyy\"")
                .contains("formatCode=\"#,##0.##########\"");
        assertThat(PlanWorkbookTest.entry(template, "xl/worksheets/sheet1.xml")).contains("state=\"frozen\"");
    }

    /**
     * The template as an office saves it filled: every cell read and written again with fastexcel,
     * the value of each code given put in column E.
     */
    static byte[] fill(byte[] template, Map<String, Object> values) throws Exception {
        var rows = new ArrayList<List<Object>>();
        TemplateMark mark;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            mark = TemplateMark.read(workbook).orElseThrow();
            for (var row : workbook.findSheet("Valori").orElseThrow().read()) {
                var cells = new ArrayList<Object>();
                for (int c = 0; c < 4; c++) {
                    cells.add(row.getCellText(c));
                }
                var code = row.getCellText(0);
                cells.add(values.getOrDefault(code, ""));
                rows.add(cells);
            }
        }
        return Workbooks.of("Valori", rows, mark);
    }
}
