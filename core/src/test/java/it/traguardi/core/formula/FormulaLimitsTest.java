package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The formula language against hostile input (issue 7): a length cap, a nesting cap and a cap on
 * the tree's height, each refused with its column; and no walk over an accepted formula (check,
 * evaluation, printing, measures) can exhaust a small stack.
 */
class FormulaLimitsTest {

    private static ParseResult.Rejected rejected(String text) {
        var result = Parser.parse(text);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return (ParseResult.Rejected) result;
    }

    private static String terms(int count) {
        return IntStream.range(0, count).mapToObj(i -> "A").collect(Collectors.joining(" + "));
    }

    @Test
    void a_flat_formula_of_1000_terms_is_refused_at_the_operator_that_makes_it_too_tall() {
        var problems = rejected(terms(1000)).problems();

        // "A + A + ...": the k-th "+" is at column 4k - 1 and makes a tree k + 1 levels high; the 64th is too tall
        assertThat(problems).containsExactly(new Problem(255, Message.of("formula.height.too-tall", 64)));
    }

    @Test
    void ten_thousand_nested_parentheses_are_refused_by_length_and_a_thousand_at_the_65th() {
        var tenThousand = "(".repeat(10_000) + "A" + ")".repeat(10_000);
        var thousand = "(".repeat(1_000) + "A" + ")".repeat(1_000);

        assertThat(rejected(tenThousand).problems())
                .containsExactly(new Problem(4001, Message.of("formula.too-long", 4000, 20_001)));
        assertThat(rejected(thousand).problems()).containsExactly(new Problem(65, Message.of("formula.nesting.too-deep", 64)));
    }

    @Test
    void a_formula_longer_than_its_column_is_refused_before_it_is_read() {
        var problems = rejected("A".repeat(4001)).problems();

        assertThat(problems).containsExactly(new Problem(4001, Message.of("formula.too-long", 4000, 4001)));
        assertThat(Parser.parse("A".repeat(4000))).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void the_tallest_accepted_formula_is_checked_printed_and_evaluated_on_a_small_stack() throws Exception {
        var expr = ((ParseResult.Parsed) Parser.parse(terms(64))).expr();
        var catalog = new MeasureCatalog(Map.of("A", Unit.COUNT, "B", Unit.COUNT));
        var outcome = new AtomicReference<String>();
        // 256 KB: a quarter of a server thread's default stack
        Runnable walks = () -> outcome.set(FormulaCheck.check(expr, catalog).passed() + " "
                + Printer.print(expr).length() + " " + Evaluator.evaluate(expr, code -> Optional.of(BigDecimal.ONE))
                + " " + expr.measures());
        var thread = new Thread(null, () -> {
            try {
                walks.run();
            } catch (StackOverflowError e) {
                outcome.set("stack overflow");
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();

        // 64 terms of 1; the canonical text is "A + A + ... + A", 64 * 4 - 3 characters
        assertThat(outcome.get()).isEqualTo("true 253 Computed[number=64] [A]");
    }

    @Test
    void a_nesting_too_deep_after_an_operator_is_refused_at_its_column_for_minus_signs_parentheses_and_calls() {
        var tooDeep = Message.of("formula.nesting.too-deep", 64);

        // the 65th minus sign, the 65th parenthesis, the parenthesis of a call at depth 65
        assertThat(rejected("B * " + "-".repeat(65) + "A").problems()).containsExactly(new Problem(69, tooDeep));
        assertThat(rejected("B * " + "(".repeat(65) + "A" + ")".repeat(65)).problems())
                .containsExactly(new Problem(69, tooDeep));
        assertThat(rejected("B * " + "(".repeat(64) + "max(A)" + ")".repeat(64)).problems())
                .containsExactly(new Problem(72, tooDeep));
    }

    @Test
    void a_tree_too_tall_inside_parentheses_is_refused_once() {
        var problems = rejected("B * (" + terms(100) + ")").problems();

        // the 64th "+" of the terms, five columns further right than in a_flat_formula_of_1000_terms...
        assertThat(problems).containsExactly(new Problem(260, Message.of("formula.height.too-tall", 64)));
    }

    @Test
    void a_closed_nesting_counts_no_more_against_the_depth_that_follows() {
        // each of these opens one level and closes it; 64 parentheses after it are still allowed
        for (var first : new String[] {"-A", "(A)", "max(A)"}) {
            var text = first + " + " + "(".repeat(64) + "A" + ")".repeat(64);
            assertThat(Parser.parse(text)).as(first).isInstanceOf(ParseResult.Parsed.class);
        }
    }
}
