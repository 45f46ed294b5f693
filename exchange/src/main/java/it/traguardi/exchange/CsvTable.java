package it.traguardi.exchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table written as CSV for a spreadsheet (the audit trail's export): cells separated by
 * {@code ;} as Italian spreadsheets expect, each made safe by {@link SpreadsheetCell#neutralise}
 * (a leading {@code = + - @} marked as text, line breaks as spaces), and quoted with doubled quotes
 * when it holds a {@code ;} or a {@code "}; rows end with CRLF (RFC 4180).
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** The header row, then every row; each row as many cells as the header. */
    public static String write(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder();
        row(out, header);
        for (var row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under a header of " + header.size());
            }
            row(out, row);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CsvTable::cell).collect(Collectors.joining(";"))).append("\r\n");
    }

    private static String cell(String text) {
        var cell = SpreadsheetCell.neutralise(text);
        return cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
