package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The cells the XLSX fuzz tests write into a template's sheet, as the fuzzer chooses them. */
final class FuzzedCells {

    private FuzzedCells() {
    }

    /** Up to 40 rows of {@code columns} cells: empty, numbers, decimals, formulas, merged pairs or texts. */
    /** The languages a fuzzed file's problems are rendered in: each must render. */
    static final List<Messages> LANGUAGES = List.of(new Messages(Messages.ITALIAN), new Messages(Messages.ENGLISH));

    /** A refusal of a fuzzed file: some problem, each rendered in every language with the file named first. */
    static void assertRefusedWithPlace(ImportException refused, String file) {
        assertThat(refused.problems()).isNotEmpty();
        LANGUAGES.forEach(language -> assertThat(ImportProblem.renderGrouped(refused.problems(), language))
                .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(file)));
    }

    static void fill(Worksheet sheet, int columns, FuzzedDataProvider data) {
        var rows = data.consumeInt(0, 40);
        for (int r = 0; r < rows && data.remainingBytes() > 0; r++) {
            for (int c = 0; c < columns && data.remainingBytes() > 0; c++) {
                switch (data.consumeInt(0, 5)) {
                    case 0 -> { }
                    case 1 -> sheet.value(r, c, data.consumeDouble());
                    case 2 -> sheet.value(r, c, new BigDecimal(data.consumeLong()).movePointLeft(data.consumeInt(0, 6)));
                    case 3 -> sheet.formula(r, c, data.consumeString(12));
                    case 4 -> {
                        // two cells merged; the next column is part of it (merges must not overlap)
                        if (c + 1 < columns) {
                            sheet.range(r, c, r, c + 1).merge();
                            c++;
                        }
                    }
                    default -> sheet.value(r, c, data.consumeString(60));
                }
            }
        }
    }
}
