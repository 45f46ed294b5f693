package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.ImportProblem;
import java.io.IOException;
import java.util.HashMap;
import java.util.Optional;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Il contrassegno del modello: a hidden sheet {@value #SHEET} that says what a template is for
 * (kind, entity, year, period), so that a template filled for one plan is refused by another.
 * Rows: {@code modello}, {@code ente}, {@code anno}, {@code periodo}, {@code versione} in column A,
 * their values in column B.
 */
record TemplateMark(String kind, String entity, String year, String period) {

    static final String SHEET = "Traguardi";
    static final String PLAN = "piano";
    static final String VALUES = "valori";
    /** The rows of the sheet, 1-based, as problems name them. */
    static final int ENTITY_ROW = 2;
    static final int YEAR_ROW = 3;
    static final int PERIOD_ROW = 4;
    /** How column A names the period (row {@value #PERIOD_ROW}). */
    static final String PERIOD_KEY = "periodo";
    private static final String[] KEYS = {"modello", "ente", "anno", PERIOD_KEY, "versione"};

    /** A problem of the value in column B of a row of the mark, the column named by the row's key ({@code colonna B («ente»)}). */
    static ImportProblem problem(String place, int row, Message message) {
        return new ImportProblem(place, row, 2, row >= 1 && row <= KEYS.length ? KEYS[row - 1] : "",
                ImportProblem.Columns.LETTERED, message);
    }

    void write(Workbook workbook) {
        var sheet = workbook.newWorksheet(SHEET);
        var values = new String[] {kind, entity, year, period, "1"};
        for (int i = 0; i < KEYS.length; i++) {
            sheet.value(i, 0, KEYS[i]);
            sheet.value(i, 1, values[i]);
        }
        sheet.setVisibilityState(VisibilityState.HIDDEN);
    }

    /** The mark of a workbook, or empty when it has no such sheet (a spreadsheet made by hand). */
    static Optional<TemplateMark> read(ReadableWorkbook workbook) throws IOException {
        var sheet = workbook.findSheet(SHEET);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        var found = new HashMap<String, String>();
        try (var rows = sheet.get().openStream()) {
            rows.limit(KEYS.length).forEach(r -> found.put(r.getCellText(0).strip(), r.getCellText(1).strip()));
        }
        return Optional.of(new TemplateMark(found.getOrDefault(KEYS[0], ""), found.getOrDefault(KEYS[1], ""),
                found.getOrDefault(KEYS[2], ""), found.getOrDefault(KEYS[3], "")));
    }
}
