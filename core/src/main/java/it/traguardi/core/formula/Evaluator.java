package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Calcolo: computes a formula from the values of its measures.
 *
 * <p>The one rounding policy: {@code + - *} and {@code abs min max} are exact; a division is rounded to
 * {@link #DIVISION} (34 significant digits, half-even), and its result is then used as it is. {@code round}
 * rounds half up ({@link #ROUNDING}), as Italian reports do. Whatever is N/D (a missing measure, a
 * division by zero, a bad number of decimals) makes the whole result N/D, with every reason found; only
 * the branch that {@code if} chooses is evaluated, so {@code if(B = 0; 0; A / B)} is never N/D for B = 0.
 */
public final class Evaluator {

    /** How every division is rounded; the only place where a result is not exact. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;
    /** How {@code round(x; digits)} rounds. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** The most decimals {@code round} accepts. */
    public static final int MAX_DIGITS = 10;

    private final MeasureValues values;

    private Evaluator(MeasureValues values) {
        this.values = values;
    }

    /**
     * The value of the expression, or N/D with its reasons; never throws for any values. For a formula
     * evaluated more than once, keep its {@link CompiledFormula} instead: this compiles it every time.
     */
    public static Evaluation evaluate(Expr expr, MeasureValues values) {
        return CompiledFormula.of(expr).evaluate(values);
    }

    /**
     * The walk that collects every reason, for a formula that {@link CompiledFormula} found N/D: most
     * formulas have a value, which is computed without gathering reasons; this walk applies the same rules.
     */
    static Evaluation reasons(Expr expr, MeasureValues values) {
        return new Evaluator(values).eval(expr);
    }

    private static BigDecimal arithmetic(Operator operator, BigDecimal left, BigDecimal right) {
        return switch (operator) {
            case ADD -> left.add(right);
            case SUBTRACT -> left.subtract(right);
            case MULTIPLY -> left.multiply(right);
            case DIVIDE -> divide(left, right);
        };
    }

    /** The quotient rounded to {@link #DIVISION}, or {@code null} (N/D) for a division by zero. */
    static BigDecimal divide(BigDecimal left, BigDecimal right) {
        return right.signum() == 0 ? null : left.divide(right, DIVISION);
    }

    /** The number rounded half up to that many decimals, or {@code null} (N/D) when they are not 0..10 whole. */
    static BigDecimal rounded(BigDecimal number, BigDecimal digits) {
        if (digits.signum() < 0 || digits.compareTo(BigDecimal.valueOf(MAX_DIGITS)) > 0
                || digits.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return number.setScale(digits.intValueExact(), ROUNDING);
    }

    private Evaluation eval(Expr expr) {
        return switch (expr) {
            case Expr.Literal number -> new Evaluation.Computed(number.value());
            case Expr.Reference measure -> values.valueOf(measure.code())
                    .<Evaluation>map(Evaluation.Computed::new)
                    .orElseGet(() -> Evaluation.NotAvailable.because(
                            Message.of("formula.eval.missing", measure.code())));
            case Expr.Negate negate -> with(List.of(negate.operand()), n -> value(n.getFirst().negate()));
            case Expr.Binary binary -> with(List.of(binary.left(), binary.right()),
                    n -> arithmetic(binary, n.get(0), n.get(1)));
            case Expr.Call call -> with(call.arguments(), n -> call(call.function(), n));
            case Expr.Choice choice -> choice(choice);
        };
    }

    private Evaluation arithmetic(Expr.Binary binary, BigDecimal left, BigDecimal right) {
        var result = arithmetic(binary.operator(), left, right);
        // the one way arithmetic is N/D: a division by zero
        return result != null ? value(result) : Evaluation.NotAvailable.because(
                Message.of("formula.eval.division-by-zero", Printer.print(binary.right())));
    }

    private static Evaluation call(Function function, List<BigDecimal> arguments) {
        return switch (function) {
            case MIN -> value(arguments.stream().min(BigDecimal::compareTo).orElseThrow());
            case MAX -> value(arguments.stream().max(BigDecimal::compareTo).orElseThrow());
            case ABS -> value(arguments.getFirst().abs());
            case ROUND -> round(arguments.get(0), arguments.get(1));
        };
    }

    private static Evaluation round(BigDecimal number, BigDecimal digits) {
        var rounded = rounded(number, digits);
        return rounded != null ? value(rounded) : Evaluation.NotAvailable.because(
                Message.of("formula.eval.round-digits", digits.toPlainString(), MAX_DIGITS));
    }

    private Evaluation choice(Expr.Choice choice) {
        var condition = choice.condition();
        return with(List.of(condition.left(), condition.right()), n -> eval(
                condition.comparator().holds(n.get(0).compareTo(n.get(1))) ? choice.whenTrue() : choice.whenFalse()));
    }

    /** Evaluates every operand; when all have a value, applies the operation, else N/D with all reasons. */
    private Evaluation with(List<Expr> operands, java.util.function.Function<List<BigDecimal>, Evaluation> operation) {
        var numbers = new ArrayList<BigDecimal>();
        var reasons = new ArrayList<Message>();
        for (var operand : operands) {
            switch (eval(operand)) {
                case Evaluation.Computed value -> numbers.add(value.number());
                case Evaluation.NotAvailable notAvailable -> reasons.addAll(notAvailable.reasons());
            }
        }
        if (reasons.isEmpty()) {
            return operation.apply(numbers);
        }
        return new Evaluation.NotAvailable(Stream.of(reasons).flatMap(List::stream).distinct().toList());
    }

    private static Evaluation value(BigDecimal number) {
        return new Evaluation.Computed(number);
    }
}
