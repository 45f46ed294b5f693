package it.traguardi.exchange.alberatura;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing the alberatura TSV reader (docs/fuzzing.md): any bytes are read into a plan with its
 * warnings, or refused with an {@link ImportException} listing problems with their line, told in both
 * languages; never any other exception. A plan read is written back as a TSV that reads again.
 * Normal runs replay the corpus in
 * {@code src/test/resources/it/traguardi/exchange/alberatura/AlberaturaFuzzTestInputs/}; {@code scripts/fuzz} fuzzes.
 */
class AlberaturaFuzzTest {

    private static final List<Messages> LANGUAGES = List.of(new Messages(Messages.ITALIAN), new Messages(Messages.ENGLISH));

    @FuzzTest(maxDuration = "60s")
    // words the reader looks for, which the fuzzer cannot learn from inside a regular expression; no line
    // breaks: Jazzer 0.24.0 writes them unescaped into libFuzzer's line-based dictionary file
    @DictionaryEntries({
            "Integra_Report_Alberatura della pianificazione", "Modena_2022", "Ambito", "Indicatori",
            "Obiettivi operativi", "\t", "33,33%", " - ", "≥ 80 N.", "N/D", "'=", "\ufeff"})
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_file_reads_as_a_plan_or_is_refused_with_its_problems(byte[] file) throws ImportException {
        AlberaturaImport read;
        try {
            read = AlberaturaReader.read("fuzz.tsv", file, Overrides.NONE);
        } catch (ImportException refused) {
            assertThat(refused.problems()).isNotEmpty();
            LANGUAGES.forEach(language -> assertThat(ImportProblem.renderGrouped(refused.problems(), language))
                    .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("fuzz.tsv")));
            return;
        }
        LANGUAGES.forEach(language -> read.groupedWarnings(language));
        var written = AlberaturaWriter.write(read.plan());
        var again = AlberaturaReader.read("written.tsv", written.getBytes(StandardCharsets.UTF_8), Overrides.NONE);
        assertThat(AlberaturaWriter.write(again.plan())).isEqualTo(written);
    }
}
