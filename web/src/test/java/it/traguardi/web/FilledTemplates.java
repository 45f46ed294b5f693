package it.traguardi.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** A values template filled as an office would: every cell written again (fastexcel), the given values in column E. */
public final class FilledTemplates {

    private FilledTemplates() {
    }

    public static byte[] values(byte[] template, Map<String, ? extends Number> values) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var in = new ReadableWorkbook(new ByteArrayInputStream(template));
                var workbook = new Workbook(out, "Prova", "1.0")) {
            for (var sheet : in.getSheets().toList()) {
                var ws = workbook.newWorksheet(sheet.getName());
                for (var row : sheet.read()) {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        if (!row.getCellText(c).isEmpty()) {
                            ws.value(row.getRowNum() - 1, c, row.getCellText(c));
                        }
                    }
                    var value = sheet.getName().equals("Valori") ? values.get(row.getCellText(0)) : null;
                    if (value != null) {
                        ws.value(row.getRowNum() - 1, 4, value);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
