package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.Overrides;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing the plan XLSX reader (docs/fuzzing.md): any bytes, and any cells in a plan template's
 * sheet (texts, numbers, dates, formulas, merged cells), are read into a plan or refused with an
 * {@link ImportException} whose problems name the file and render in both languages; never any
 * other exception. Normal runs replay the corpus in
 * {@code src/test/resources/it/traguardi/exchange/spreadsheet/WorkbookFuzzTestInputs/}.
 */
class WorkbookFuzzTest {


    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_bytes_read_as_a_plan_workbook_or_are_refused_with_their_problems(byte[] file) {
        readOrRefuse(file);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_cells_in_a_plan_template_read_as_a_plan_or_are_refused(FuzzedDataProvider data) throws IOException {
        readOrRefuse(workbook(data));
    }

    private static void readOrRefuse(byte[] file) {
        try {
            var read = PlanWorkbookReader.read("fuzz.xlsx", file, Overrides.NONE);
            FuzzedCells.LANGUAGES.forEach(read::groupedWarnings);
        } catch (ImportException refused) {
            FuzzedCells.assertRefusedWithPlace(refused, "fuzz.xlsx");
        }
    }

    /** A plan template (marked, sheet Piano) whose cells the fuzzer chooses, a few rows of each kind. */
    private static byte[] workbook(FuzzedDataProvider data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Traguardi", "1.0")) {
            var sheet = workbook.newWorksheet(PlanWorkbook.SHEET);
            new TemplateMark(TemplateMark.PLAN, data.consumeString(20), data.consumeString(6), "").write(workbook);
            FuzzedCells.fill(sheet, PlanWorkbook.COLUMNS, data);
        }
        return out.toByteArray();
    }
}
