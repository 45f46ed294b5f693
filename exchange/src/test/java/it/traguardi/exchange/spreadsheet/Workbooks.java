package it.traguardi.exchange.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Spreadsheets made in the tests as an office would fill them: with fastexcel (what a user's
 * spreadsheet program would save) or, for the hostile ones, as raw zips.
 */
final class Workbooks {

    /** A formula typed in a cell. */
    record Formula(String text) {
    }

    /** A number with a cell format (a percentage, a date serial with or without a date format). */
    record Formatted(Object value, String format) {
    }

    private Workbooks() {
    }

    /** A workbook with the sheet {@code sheet} holding {@code rows} from row 1, and a template mark. */
    static byte[] of(String sheet, List<List<Object>> rows, TemplateMark mark) {
        return of(sheet, rows, mark, s -> { });
    }

    static byte[] of(String sheet, List<List<Object>> rows, TemplateMark mark, Consumer<Worksheet> more) {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Prova", "1.0")) {
            var ws = workbook.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    cell(ws, r, c, rows.get(r).get(c));
                }
            }
            more.accept(ws);
            if (mark != null) {
                mark.write(workbook);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case String s when s.isEmpty() -> { }
            case String s -> ws.value(r, c, s);
            case Number n -> ws.value(r, c, n);
            case Boolean b -> ws.value(r, c, b);
            case LocalDate d -> {
                ws.value(r, c, d);
                ws.style(r, c).format("dd/mm/yyyy").set();
            }
            case Formula f -> ws.formula(r, c, f.text());
            case Formatted f -> {
                cell(ws, r, c, f.value());
                ws.style(r, c).format(f.format()).set();
            }
            default -> throw new IllegalArgumentException(value.toString());
        }
    }

    /**
     * The same workbook with one part's XML changed by {@code edit}, as a damaged or hand-made file
     * would have it (what fastexcel cannot write: a shared text past the table, a number NaN).
     */
    static byte[] edit(byte[] xlsx, String part, java.util.function.UnaryOperator<String> edit) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = org.apache.commons.compress.archivers.zip.ZipFile.builder().setSeekableByteChannel(
                new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx)).get();
                var zip = new ZipOutputStream(out)) {
            for (var entry : java.util.Collections.list(in.getEntries())) {
                byte[] bytes;
                try (var stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(part)
                        ? edit.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip of one entry of {@code size} zero bytes: a few hundred kilobytes that unpack to {@code size}. */
    static byte[] zipBomb(long size) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            var zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
