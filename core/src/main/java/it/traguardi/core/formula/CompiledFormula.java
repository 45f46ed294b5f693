package it.traguardi.core.formula;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Formula compilata: a parsed formula turned once into a tree of small functions, for a formula that
 * is evaluated many times (every period of every plan that uses it).
 *
 * <p>Walking the {@link Expr} tree asks, at every node and on every evaluation, which kind of node it
 * is; the compiled form asks once, here, and keeps for each node a function that does only that node's
 * work: a literal is its number, a measure reads its code, {@code a + b} adds. It follows the rules of
 * {@link Evaluator} (same rounding, same order, only the branch {@code if} chooses), so it gives the
 * same numbers. It computes a value without gathering reasons; when the result is N/D it lets
 * {@link Evaluator} walk the tree again to collect every reason, which is rare and kept in one place.
 */
public final class CompiledFormula {

    /** The value of one node, or {@code null} when it is N/D. */
    @FunctionalInterface
    private interface Node {
        BigDecimal number(MeasureValues values);
    }

    private final Expr expr;
    private final Node root;

    private CompiledFormula(Expr expr) {
        this.expr = expr;
        this.root = node(expr);
    }

    /** The formula compiled; keep it and evaluate it as often as needed (it is immutable). */
    public static CompiledFormula of(Expr expr) {
        return new CompiledFormula(Objects.requireNonNull(expr, "expr"));
    }

    /** The formula as parsed. */
    public Expr expr() {
        return expr;
    }

    /** The value of the formula, or N/D with every reason; never throws for any values. */
    public Evaluation evaluate(MeasureValues values) {
        var number = root.number(values);
        return number != null ? new Evaluation.Computed(number) : Evaluator.reasons(expr, values);
    }

    private static Node node(Expr expr) {
        return switch (expr) {
            case Expr.Literal literal -> constant(literal.value());
            case Expr.Reference reference -> measure(reference.code());
            case Expr.Negate negate -> negate(node(negate.operand()));
            case Expr.Binary binary -> binary(binary.operator(), node(binary.left()), node(binary.right()));
            case Expr.Call call -> call(call);
            case Expr.Choice choice -> choice(choice);
        };
    }

    private static Node constant(BigDecimal number) {
        return values -> number;
    }

    private static Node measure(String code) {
        return values -> values.numberOf(code);
    }

    private static Node negate(Node operand) {
        return values -> {
            var number = operand.number(values);
            return number == null ? null : number.negate();
        };
    }

    /** One function per operator, so that evaluating does not ask which operator it is. */
    private static Node binary(Operator operator, Node left, Node right) {
        return switch (operator) {
            case ADD -> values -> {
                var l = left.number(values);
                var r = l == null ? null : right.number(values);
                return r == null ? null : l.add(r);
            };
            case SUBTRACT -> values -> {
                var l = left.number(values);
                var r = l == null ? null : right.number(values);
                return r == null ? null : l.subtract(r);
            };
            case MULTIPLY -> values -> {
                var l = left.number(values);
                var r = l == null ? null : right.number(values);
                return r == null ? null : l.multiply(r);
            };
            case DIVIDE -> values -> {
                var l = left.number(values);
                var r = l == null ? null : right.number(values);
                return r == null ? null : Evaluator.divide(l, r);
            };
        };
    }

    private static Node call(Expr.Call call) {
        var arguments = call.arguments().stream().map(CompiledFormula::node).toArray(Node[]::new);
        return switch (call.function()) {
            case MIN -> values -> extreme(arguments, values, -1);
            case MAX -> values -> extreme(arguments, values, 1);
            case ABS -> {
                var operand = arguments[0];
                yield values -> {
                    var number = operand.number(values);
                    return number == null ? null : number.abs();
                };
            }
            case ROUND -> {
                var number = arguments[0];
                var digits = arguments[1];
                yield values -> {
                    var n = number.number(values);
                    var d = n == null ? null : digits.number(values);
                    return d == null ? null : Evaluator.rounded(n, d);
                };
            }
        };
    }

    /**
     * The smallest ({@code sign} -1) or largest ({@code sign} 1) argument; of equal ones the first, as
     * {@code Stream.min} and {@code Stream.max} pick in {@link Evaluator} (so that 2.0 and 2.00 keep their scale).
     */
    private static BigDecimal extreme(Node[] arguments, MeasureValues values, int sign) {
        BigDecimal best = null;
        for (var argument : arguments) {
            var number = argument.number(values);
            if (number == null) {
                return null;
            }
            if (best == null || Integer.signum(number.compareTo(best)) == sign) {
                best = number;
            }
        }
        return best;
    }

    private static Node choice(Expr.Choice choice) {
        var condition = choice.condition();
        var left = node(condition.left());
        var right = node(condition.right());
        var comparator = condition.comparator();
        var whenTrue = node(choice.whenTrue());
        var whenFalse = node(choice.whenFalse());
        return values -> {
            var l = left.number(values);
            var r = l == null ? null : right.number(values);
            if (r == null) {
                return null;
            }
            return (comparator.holds(l.compareTo(r)) ? whenTrue : whenFalse).number(values);
        };
    }
}
