package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Unit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing the formula language (docs/fuzzing.md): any text is read into an expression or a list of
 * problems with their columns, never an exception; what is read prints back to text that reads to
 * the same expression; the check and the evaluation finish on any values a measure may have.
 *
 * <p>An input is the formula on its first line, then optionally {@code CODE = number} pairs separated
 * by {@code ;} or line breaks (as in the golden files); a measure without one gets a value chosen
 * from the input, N/D among them. Normal runs replay the corpus in
 * {@code src/test/resources/it/traguardi/core/formula/FormulaFuzzTestInputs/}; {@code scripts/fuzz} fuzzes.
 */
class FormulaFuzzTest {

    /** Values a stored measure can have: the amount columns keep 26 integer digits and 12 decimals. */
    private static final List<BigDecimal> PALETTE = List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"),
            new BigDecimal("0.5"), new BigDecimal("3"), new BigDecimal("-20.14"), new BigDecimal("1133"),
            new BigDecimal("99999999999999999999999999.999999999999"), new BigDecimal("0.000000000001"),
            new BigDecimal("-99999999999999999999999999.999999999999"));
    private static final Pattern PAIR = Pattern.compile("\\s*(.+?)\\s*=\\s*(-?\\d{1,26}(?:\\.\\d{1,12})?)\\s*");
    private static final List<Unit> UNITS = List.of(Unit.values());
    private static final List<Messages> LANGUAGES = List.of(new Messages(Messages.ITALIAN), new Messages(Messages.ENGLISH));

    @FuzzTest(maxDuration = "60s")
    // words the reader looks for, which the fuzzer cannot learn from inside a regular expression; no line
    // breaks: Jazzer 0.24.0 writes them unescaped into libFuzzer's line-based dictionary file
    @DictionaryEntries({
            "if(", "round(", "min(", "max(", "abs(", "<>", "<=", ">=", "≤", "≥", "≠", "−", "[N. ", "]", "; ",
            " = ", "0,5", "1.000", "D1.1_2"})
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void any_text_reads_as_a_formula_or_as_problems_at_their_columns(byte[] input) {
        var text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        var formula = newline < 0 ? text : text.substring(0, newline);
        switch (Parser.parse(formula)) {
            case ParseResult.Parsed parsed -> readBack(parsed.expr(), values(text, newline, parsed.expr()));
            case ParseResult.Rejected rejected -> rejected.problems().forEach(p -> {
                assertThat(p.column()).isBetween(1, formula.length() + 2);
                render(p.message());
            });
        }
        switch (AlgorithmReading.read(text)) {
            case Reading.Derived derived -> assertThat(Parser.parse(Printer.print(derived.formula())))
                    .isEqualTo(new ParseResult.Parsed(derived.formula()));
            case Reading.NeedsPerson person -> render(person.reason());
        }
    }

    /** A parsed formula prints to a text that reads back to it; checking and evaluating it end well. */
    private static void readBack(Expr expr, Map<String, BigDecimal> values) {
        assertThat(Parser.parse(Printer.print(expr))).isEqualTo(new ParseResult.Parsed(expr));
        var units = new HashMap<String, Unit>();
        expr.measures().forEach(code -> units.put(code, UNITS.get(Math.floorMod(code.hashCode(), UNITS.size()))));
        FormulaCheck.check(expr, new MeasureCatalog(units)).problems().forEach(FormulaFuzzTest::render);
        switch (Evaluator.evaluate(expr, MeasureValues.of(values))) {
            case Evaluation.Computed computed -> assertThat(computed.number()).isNotNull();
            case Evaluation.NotAvailable missing -> missing.reasons().forEach(FormulaFuzzTest::render);
        }
    }

    /** The values written after the formula, then one from the palette (or none: N/D) for every other measure. */
    private static Map<String, BigDecimal> values(String text, int newline, Expr expr) {
        var values = new HashMap<String, BigDecimal>();
        if (newline >= 0) {
            for (var pair : text.substring(newline + 1).split("[;\n]")) {
                var m = PAIR.matcher(pair);
                if (m.matches()) {
                    values.put(m.group(1), new BigDecimal(m.group(2)));
                }
            }
        }
        for (var code : expr.measures()) {
            int pick = Math.floorMod(code.hashCode() * 31 + text.hashCode(), PALETTE.size() + 1);
            if (!values.containsKey(code) && pick < PALETTE.size()) {
                values.put(code, PALETTE.get(pick));
            }
        }
        values.values().forEach(v -> assertThat(Limits.amountProblem(v, v.toPlainString())).isEmpty());
        return values;
    }

    /** Every problem and every reason can be told in both languages. */
    private static void render(Message message) {
        LANGUAGES.forEach(language -> assertThat(language.render(message)).isNotBlank());
    }
}
