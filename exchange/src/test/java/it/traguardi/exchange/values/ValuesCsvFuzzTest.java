package it.traguardi.exchange.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Unit;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.TextFile;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing the values CSV reader (docs/fuzzing.md) as {@code values import} uses it, against the Modena
 * 2022 demo plan: any bytes give records and problems with their line and field, told in both
 * languages, or a file refused whole ({@link ImportException}: empty, binary, not UTF-8); never any
 * other exception. Normal runs replay the corpus in
 * {@code src/test/resources/it/traguardi/exchange/values/ValuesCsvFuzzTestInputs/}; {@code scripts/fuzz} fuzzes.
 */
class ValuesCsvFuzzTest {

    private static final List<Messages> LANGUAGES = List.of(new Messages(Messages.ITALIAN), new Messages(Messages.ENGLISH));
    private static Plan modena;

    @BeforeAll
    static void modena() throws ImportException {
        modena = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
    }

    @FuzzTest(maxDuration = "60s")
    // words the reader looks for, which the fuzzer cannot learn from inside a regular expression; no line
    // breaks: Jazzer 0.24.0 writes them unescaped into libFuzzer's line-based dictionary file
    @DictionaryEntries({
            "code;period;value", ";reason", "D1.1_10", "31.D1.1.1", "DATA_FINE", "FATTO", "IMPORTO",
            ";2022;", "2022-06-30", "\"", "N/D", "SI", "-20,14", "31-10-2022"})
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_file_gives_records_or_problems_at_their_line_and_field(byte[] file) {
        // a measure of each kind of unit beside the plan's own codes, so that dates and SI/NO are read too
        var catalog = List.of(new Measure("DATA_FINE", "", Unit.DATE, "", ""),
                new Measure("FATTO", "", Unit.YES_NO, "", ""), new Measure("IMPORTO", "", Unit.EURO, "", ""));
        var entry = ValueEntry.forPlan(modena, catalog, Instant.parse("2022-07-01T10:00:00Z"));
        List<String> lines;
        try {
            lines = TextFile.lines("fuzz.csv", file);
        } catch (ImportException refused) {
            assertThat(refused.problems()).isNotEmpty();
            return;
        }
        var reading = ValuesCsv.read(lines, entry);
        reading.problems().forEach(p -> {
            assertThat(p.line()).isBetween(1, lines.size());
            LANGUAGES.forEach(language -> assertThat(language.render(p.problem())).isNotBlank());
        });
    }
}
