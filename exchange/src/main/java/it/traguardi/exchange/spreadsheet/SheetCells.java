package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.ImportProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The cells of a sheet as the texts the TSV and CSV readers read, so that a spreadsheet passes the
 * same checks as a text file. The rules (docs/file-formats.md, "The spreadsheet templates"):
 * <ul>
 * <li>a text cell is its text, a tab or line break in it a space (a TSV cell cannot hold them);</li>
 * <li>a number is written in the plain Italian form ({@code 1133}, {@code 97,09}); a number formatted
 * as a percentage ({@code 90%} typed in a cell, 0,9 stored) as {@code 90%};</li>
 * <li>a date, that is a serial number with a date format, as {@code dd-mm-yyyy}; a serial number
 * without one is the number it is (a date stored as text is read as the text readers read it);</li>
 * <li>TRUE and FALSE as {@code SI} and {@code NO};</li>
 * <li>a formula or an error is refused with its cell: the template asks for values, and what a
 * formula would compute is not in the file (only a cached result, perhaps stale).</li>
 * </ul>
 * Rows past {@value #MAX_ROWS} are not read: the first is reported and the reading stops.
 */
final class SheetCells {

    static final int MAX_ROWS = 10_000;
    /** Date formats: a day, month or year code outside quotes and brackets ({@code [Red]}, {@code "d"}). */
    private static final Pattern DATE_FORMAT = Pattern.compile("[dmy]");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

    /** One row's texts, {@code columns} of them, and its 1-based number in the sheet. */
    record Row(int number, List<String> texts) {
        Row {
            texts = List.copyOf(texts);
        }

        boolean blank() {
            return texts.stream().allMatch(String::isBlank);
        }
    }

    private SheetCells() {
    }

    /**
     * The rows of a sheet, each with its first {@code columns} cells; problems added with
     * {@code place}, their column by its letter (each reader adds the column's header, which it knows).
     */
    static List<Row> read(String place, Sheet sheet, int columns, List<ImportProblem> problems) throws IOException {
        var out = new ArrayList<Row>();
        try (var rows = sheet.openStream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                var row = it.next();
                if (row.getRowNum() > MAX_ROWS) {
                    problems.add(new ImportProblem(place, row.getRowNum(), 0, Message.of("xlsx.rows", MAX_ROWS)));
                    break;
                }
                var texts = new ArrayList<String>();
                for (int c = 0; c < columns; c++) {
                    texts.add(text(place, row.getRowNum(), row.getOptionalCell(c).orElse(null), problems));
                }
                out.add(new Row(row.getRowNum(), texts));
            }
        }
        return out;
    }

    private static String text(String place, int row, Cell cell, List<ImportProblem> problems) {
        if (cell == null) {
            return "";
        }
        int column = cell.getColumnIndex() + 1;
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString().replaceAll("[\\t\\r\\n]", " ");
            case NUMBER -> number(place, row, cell, problems);
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? ItalianFormat.YES : ItalianFormat.NO;
            case FORMULA -> refuse(place, row, column, Message.of("xlsx.formula", address(cell), cell.getFormula()),
                    problems);
            case ERROR -> refuse(place, row, column, Message.of("xlsx.error", address(cell), cell.getRawValue()),
                    problems);
        };
    }

    private static String number(String place, int row, Cell cell, List<ImportProblem> problems) {
        try {
            return number(cell);
        } catch (RuntimeException e) {
            // a serial number no calendar has (negative, or past year 9999) under a date format
            return refuse(place, row, cell.getColumnIndex() + 1, Message.of("xlsx.date", address(cell),
                    cell.getRawValue()), problems);
        }
    }

    private static String number(Cell cell) {
        var format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString();
        var bare = QUOTED.matcher(format.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (isDate(cell.getDataFormatId(), bare)) {
            return ItalianFormat.formatDate(cell.asDate().toLocalDate());
        }
        var number = cell.asNumber();
        if (bare.contains("%")) {
            return italian(number.movePointRight(2)) + "%";
        }
        return italian(number);
    }

    /** The built-in date formats (14-22, 45-47) and any format with a day, month or year code. */
    private static boolean isDate(Integer id, String bare) {
        return id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47) || DATE_FORMAT.matcher(bare).find();
    }

    /**
     * A number in the plain Italian form, a comma before the decimals and no thousands separator,
     * which every reader takes and which keeps a year a year ({@code 2022}, not {@code 2.022}).
     */
    private static String italian(BigDecimal number) {
        var n = number.stripTrailingZeros();
        return (n.scale() < 0 ? n.setScale(0) : n).toPlainString().replace('.', ',');
    }

    private static String refuse(String place, int row, int column, Message message, List<ImportProblem> problems) {
        problems.add(new ImportProblem(place, row, column, "", ImportProblem.Columns.LETTERED, message));
        return "";
    }

    /** The cell's address as the spreadsheet shows it ({@code C12}). */
    static String address(Cell cell) {
        return cell.getAddress().toString();
    }
}
