package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class ParserTest {

    /** Pieces of formulas, so that random texts are often nearly valid. */
    private static final List<String> PIECES = List.of("A", "D1.1_2", "[N. X]", "[50]", "1", "0,5", "2.25",
            "+", "-", "*", "/", "(", ")", ";", ",", "<", ">=", "=", "<>", "min(", "max(", "abs(", "round(",
            "if(", "foo(", "[", "]", "1.000", "$", " ");

    @Test
    void no_text_makes_the_parser_throw() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(text -> assertThat(Parser.parse(text)).isNotNull());
        qt().forAll(formulaLike())
                .checkAssert(text -> assertThat(Parser.parse(text)).isNotNull());
    }

    @Test
    void every_accepted_text_prints_to_a_canonical_text_that_reads_back_to_the_same_expression() {
        qt().forAll(formulaLike()).checkAssert(text -> {
            if (Parser.parse(text) instanceof ParseResult.Parsed parsed) {
                var canonical = Printer.print(parsed.expr());
                assertThat(Parser.parse(canonical)).isEqualTo(parsed);
                assertThat(Printer.print(((ParseResult.Parsed) Parser.parse(canonical)).expr())).isEqualTo(canonical);
            }
        });
    }

    @Test
    void every_rejected_text_has_problems_at_columns_inside_it_in_order() {
        qt().forAll(formulaLike()).checkAssert(text -> {
            if (Parser.parse(text) instanceof ParseResult.Rejected rejected) {
                var columns = rejected.problems().stream().map(Problem::column).toList();
                assertThat(columns).isSorted().allSatisfy(c -> assertThat(c).isBetween(1, text.length() + 1));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A + B * C     | Binary[left=Reference[code=A], operator=ADD, right=Binary[left=Reference[code=B], operator=MULTIPLY, right=Reference[code=C]]]
            A - B - C     | Binary[left=Binary[left=Reference[code=A], operator=SUBTRACT, right=Reference[code=B]], operator=SUBTRACT, right=Reference[code=C]]
            -A * B        | Binary[left=Negate[operand=Reference[code=A]], operator=MULTIPLY, right=Reference[code=B]]
            0,5           | Literal[value=0.5]
            [ N. X ]      | Reference[code=N. X]
            max(A; 1)     | Call[function=MAX, arguments=[Reference[code=A], Literal[value=1]]]
            if(A<>0;1;2)  | Choice[condition=Condition[left=Reference[code=A], comparator=NOT_EQUAL, right=Literal[value=0]], whenTrue=Literal[value=1], whenFalse=Literal[value=2]]
            """)
    void operators_bind_by_precedence_and_associate_to_the_left(String formula, String tree) {
        assertThat(Parser.parse(formula)).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) Parser.parse(formula)).expr()).hasToString(tree);
    }

    @Test
    void a_number_literal_is_never_negative_and_keeps_one_form() {
        assertThat(new Expr.Literal(new BigDecimal("2.500"))).isEqualTo(new Expr.Literal(new BigDecimal("2.5")));
        assertThat(Printer.print(new Expr.Literal(new BigDecimal("1E+3")))).isEqualTo("1000");
        assertThat(Printer.print(new Expr.Literal(new BigDecimal("2.125")))).isEqualTo("2.1250");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Expr.Literal(new BigDecimal("-1")));
    }

    @Test
    void evaluating_any_accepted_formula_never_throws_and_never_turns_n_d_into_zero() {
        qt().forAll(formulaLike(), integers().between(-3, 3)).checkAssert((text, value) -> {
            if (Parser.parse(text) instanceof ParseResult.Parsed parsed) {
                var none = Evaluator.evaluate(parsed.expr(), code -> java.util.Optional.empty());
                var some = Evaluator.evaluate(parsed.expr(), code -> java.util.Optional.of(BigDecimal.valueOf(value)));
                if (readsAMeasureOnEveryPath(parsed.expr())) {
                    // a missing measure on the path taken is N/D naming it, never a number (0 or other)
                    assertThat(none).as(text).isInstanceOfSatisfying(Evaluation.NotAvailable.class,
                            notAvailable -> assertThat(notAvailable.reasons()).extracting(Message::key)
                                    .contains("formula.eval.missing"));
                }
                if (none instanceof Evaluation.Computed) {
                    // a number computed with every measure missing read none of them: the values cannot change it
                    assertThat(some).as(text).isEqualTo(none);
                }
            }
        });
    }

    @Test
    void the_measures_of_an_expression_are_listed_once_in_order_including_those_of_a_condition_and_a_negation() {
        var expr = ((ParseResult.Parsed) Parser.parse("if(A > B; -C; D) + -B")).expr();

        assertThat(expr.measures()).containsExactly("A", "B", "C", "D");
    }

    @Test
    void a_measure_code_may_not_hold_a_closing_bracket_anywhere() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Expr.Reference("]A"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Expr.Reference("A]"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Expr.Reference(" "));
    }

    @Test
    void problems_and_tokens_give_their_zero_based_offset() {
        var problem = ((ParseResult.Rejected) Parser.parse("A $")).problems().getFirst();
        var token = Lexer.scan("A + B").tokens().get(2);

        assertThat(problem.offset()).isEqualTo(2);
        assertThat(token.offset()).isEqualTo(4);
        assertThat(token.value()).isEqualTo("B");
    }

    /** True when no choice of {@code if} branches avoids reading a measure. */
    private static boolean readsAMeasureOnEveryPath(Expr expr) {
        return switch (expr) {
            case Expr.Literal number -> false;
            case Expr.Reference measure -> true;
            case Expr.Negate negate -> readsAMeasureOnEveryPath(negate.operand());
            case Expr.Binary binary -> readsAMeasureOnEveryPath(binary.left()) || readsAMeasureOnEveryPath(binary.right());
            case Expr.Call call -> call.arguments().stream().anyMatch(ParserTest::readsAMeasureOnEveryPath);
            case Expr.Choice choice -> readsAMeasureOnEveryPath(choice.condition().left())
                    || readsAMeasureOnEveryPath(choice.condition().right())
                    || readsAMeasureOnEveryPath(choice.whenTrue()) && readsAMeasureOnEveryPath(choice.whenFalse());
        };
    }

    private static Gen<String> formulaLike() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12)
                .map(indexes -> indexes.stream().map(PIECES::get).collect(Collectors.joining()));
    }
}
