package it.traguardi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing the notations of targets and values (docs/notations.md, docs/fuzzing.md): any text is read
 * as a target, a value of every unit, a weight, a day or a number, or refused with an
 * {@link InvalidValueException} whose message can be told in both languages; never anything else. What
 * is read is written back in its file form and reads back the same. Normal runs replay the corpus in
 * {@code src/test/resources/it/traguardi/core/value/NotationFuzzTestInputs/}; {@code scripts/fuzz} fuzzes.
 */
class NotationFuzzTest {

    private static final List<Messages> LANGUAGES = List.of(new Messages(Messages.ITALIAN), new Messages(Messages.ENGLISH));

    @FuzzTest(maxDuration = "60s")
    // words the reader looks for, which the fuzzer cannot learn from inside a regular expression; no line
    // breaks: Jazzer 0.24.0 writes them unescaped into libFuzzer's line-based dictionary file
    @DictionaryEntries({
            "almeno il ", "non inferiore al ", "non superiore a ", "tra ", " e ", "entro il ", "Entro ",
            "giugno", "1°", "≥ ", "<= ", "N.", "gg.", "€", "%", "N/D", "Sì", "si'", "1.234,5", "31/12/2022",
            "2022-06-30", "\u00a0"})
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_text_reads_as_a_target_or_a_value_or_is_refused_with_its_reason(byte[] input) {
        var text = new String(input, StandardCharsets.UTF_8);
        read(() -> {
            var reading = ItalianFormat.readTarget(text);
            reading.warnings().forEach(NotationFuzzTest::render);
            assertThat(ShownFormat.of(reading.value())).isNotBlank();
            assertThat(ItalianFormat.parseTarget(ItalianFormat.format(reading.value()))).isEqualTo(reading.value());
            return reading;
        });
        read(() -> {
            var value = ItalianFormat.parseValue(text);
            assertThat(ItalianFormat.parseValue(ItalianFormat.format(value))).isEqualTo(value);
            return value;
        });
        for (var unit : Unit.values()) {
            read(() -> ShownFormat.of(ItalianFormat.parseEntered(text, unit)));
        }
        read(() -> ItalianFormat.format(ItalianFormat.parseWeight(text)));
        read(() -> ItalianFormat.formatDate(ItalianFormat.parseDate(text)));
        read(() -> ItalianFormat.formatNumber(ItalianFormat.parseNumber(text)));
        read(() -> ItalianFormat.formatNumber(ItalianFormat.parseNumberLenient(text)));
        read(() -> ItalianFormat.format(ItalianFormat.parseQuantity(text)));
    }

    /** One reading: a result, or the readers' own refusal; anything else is thrown on to the fuzzer. */
    private static void read(Supplier<Object> reading) {
        try {
            assertThat(reading.get()).isNotNull();
        } catch (InvalidValueException refused) {
            render(refused.problem());
        }
    }

    private static void render(Message message) {
        LANGUAGES.forEach(language -> assertThat(language.render(message)).isNotBlank());
    }
}
