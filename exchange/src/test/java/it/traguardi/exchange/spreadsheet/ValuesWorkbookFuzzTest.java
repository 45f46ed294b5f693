package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Unit;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing the values XLSX reader (docs/fuzzing.md) as {@code values import} uses it, against the
 * Modena 2022 demo plan: any bytes, and any cells in a values template's sheet (texts, numbers,
 * formulas, merged cells, its mark's entity, year and period), give records and problems with their
 * row and field, told in both languages, or a file refused with an {@link ImportException} whose
 * problems name the file; never any other exception. Normal runs replay the corpus in
 * {@code src/test/resources/it/traguardi/exchange/spreadsheet/ValuesWorkbookFuzzTestInputs/}.
 */
class ValuesWorkbookFuzzTest {

    private static ValueEntry entry;

    @BeforeAll
    static void modena() throws ImportException {
        Plan modena = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        // a measure of each kind of unit beside the plan's own codes, so that dates and SI/NO are read too
        var catalog = List.of(new Measure("DATA_FINE", "", Unit.DATE, "", ""),
                new Measure("FATTO", "", Unit.YES_NO, "", ""), new Measure("IMPORTO", "", Unit.EURO, "", ""));
        entry = ValueEntry.forPlan(modena, catalog, Instant.parse("2022-07-01T10:00:00Z"));
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_bytes_read_as_values_or_are_refused_with_their_problems(byte[] file) {
        readOrRefuse(file);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_cells_in_a_values_template_read_as_values_or_are_refused(FuzzedDataProvider data) throws IOException {
        readOrRefuse(workbook(data));
    }

    private static void readOrRefuse(byte[] file) {
        try {
            var reading = ValuesWorkbookReader.read("valori.xlsx", file, "Modena", 2022, entry);
            reading.problems().forEach(p -> {
                assertThat(p.line()).isPositive();
                FuzzedCells.LANGUAGES.forEach(language -> assertThat(language.render(p.problem())).isNotBlank());
            });
        } catch (ImportException refused) {
            FuzzedCells.assertRefusedWithPlace(refused, "valori.xlsx");
        }
    }

    /**
     * A values template (marked, sheet Valori) whose cells the fuzzer chooses; the mark is, half the time,
     * Modena's 2022, so that the rows are read.
     */
    private static byte[] workbook(FuzzedDataProvider data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Traguardi", "1.0")) {
            var sheet = workbook.newWorksheet(ValuesWorkbook.SHEET);
            var ours = data.consumeBoolean();
            new TemplateMark(TemplateMark.VALUES, ours ? "Modena" : data.consumeString(20),
                    ours ? "2022" : data.consumeString(6), data.consumeString(12)).write(workbook);
            FuzzedCells.fill(sheet, ValuesWorkbook.COLUMNS, data);
        }
        return out.toByteArray();
    }
}
