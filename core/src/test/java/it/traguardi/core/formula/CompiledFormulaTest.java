package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledFormulaTest {

    private static Expr parse(String text) {
        return ((ParseResult.Parsed) Parser.parse(text)).expr();
    }

    private static Evaluation.Computed computed(String number) {
        return new Evaluation.Computed(new BigDecimal(number));
    }

    @Test
    void one_compiled_formula_gives_each_periods_own_value() {
        var formula = CompiledFormula.of(parse("(A + B) / C"));
        assertThat(formula.evaluate(MeasureValues.of(Map.of("A", new BigDecimal("1"), "B", new BigDecimal("2"),
                "C", new BigDecimal("4"))))).isEqualTo(computed("0.75"));
        assertThat(formula.evaluate(MeasureValues.of(Map.of("A", new BigDecimal("1"), "B", new BigDecimal("1"),
                "C", new BigDecimal("3"))))).isEqualTo(computed("0.6666666666666666666666666666666667"));
        assertThat(formula.evaluate(MeasureValues.of(Map.of("A", new BigDecimal("1"), "B", new BigDecimal("1"),
                "C", BigDecimal.ZERO)))).isEqualTo(Evaluation.NotAvailable.because(
                        Message.of("formula.eval.division-by-zero", "C")));
    }

    @Test
    void of_equal_values_min_and_max_keep_the_first_with_its_scale() {
        var values = MeasureValues.of(Map.of("A", new BigDecimal("2.0"), "B", new BigDecimal("2.00")));
        var max = (Evaluation.Computed) CompiledFormula.of(parse("max(A; B)")).evaluate(values);
        var min = (Evaluation.Computed) CompiledFormula.of(parse("min(B; A)")).evaluate(values);
        assertThat(max.number().scale()).isEqualTo(1);
        assertThat(min.number().scale()).isEqualTo(2);
    }

    @Test
    void only_the_chosen_branch_counts_and_n_d_gives_every_reason() {
        var formula = CompiledFormula.of(parse("if(B = 0; 0; A / B) + round(C; D)"));
        assertThat(formula.evaluate(MeasureValues.of(Map.of("B", BigDecimal.ZERO, "C", new BigDecimal("2.345"),
                "D", new BigDecimal("2"))))).isEqualTo(computed("2.35"));
        assertThat(formula.evaluate(MeasureValues.of(Map.of("B", new BigDecimal("4"), "C", new BigDecimal("1"),
                "D", new BigDecimal("0.5"))))).isEqualTo(new Evaluation.NotAvailable(List.of(
                        Message.of("formula.eval.missing", "A"),
                        Message.of("formula.eval.round-digits", "0.5", Evaluator.MAX_DIGITS))));
    }

    @Test
    void a_text_is_compiled_once_and_a_text_that_does_not_parse_gives_none() {
        var first = CompiledFormulas.of("A * 2 - abs(-B)");
        assertThat(first).isPresent();
        assertThat(CompiledFormulas.of("A * 2 - abs(-B)").orElseThrow()).isSameAs(first.orElseThrow());
        assertThat(first.orElseThrow().evaluate(MeasureValues.of(Map.of("A", new BigDecimal("3"),
                "B", new BigDecimal("1.5"))))).isEqualTo(computed("4.5"));
        assertThat(CompiledFormulas.of("A +")).isEmpty();
    }

    @Test
    void the_texts_kept_are_bounded_by_their_length_and_a_text_past_the_bound_is_compiled_again() {
        var first = CompiledFormulas.of("A / 4 + 0").orElseThrow();
        // long formulas, each different, as a hostile file could bring: far more characters than the bound
        var text = "max(" + String.join(", ", java.util.Collections.nCopies(1_000, "A")) + ")";
        for (int i = 0; i < 2 * CompiledFormulas.MOST_CHARACTERS / text.length(); i++) {
            assertThat(CompiledFormulas.of(text + " + " + i)).isPresent();
            assertThat(CompiledFormulas.characters()).isLessThanOrEqualTo(CompiledFormulas.MOST_CHARACTERS);
        }

        var again = CompiledFormulas.of("A / 4 + 0").orElseThrow();
        assertThat(again).isNotSameAs(first);
        assertThat(again.evaluate(MeasureValues.of(Map.of("A", new BigDecimal("2"))))).isEqualTo(computed("0.5"));
    }
}
