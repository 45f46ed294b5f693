package it.traguardi.core.formula;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SequencedSet;

/** Espressione: the tree of a formula, as read by the {@link Parser}. */
public sealed interface Expr {

    /** A number written in the formula (never negative: {@code -5} is a {@link Negate}). */
    record Literal(BigDecimal value) implements Expr {
        public Literal {
            Objects.requireNonNull(value, "value");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("a number literal is not negative: " + value);
            }
            // Literals are kept in one form so that text -> tree -> text -> tree gives equal trees.
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
    }

    /** Misura: a reference to a measure by its code, e.g. {@code D1.1_2} or {@code N. ImprAtt_UUUL_Tot}. */
    record Reference(String code) implements Expr {
        public Reference {
            Objects.requireNonNull(code, "code");
            if (code.isBlank() || code.indexOf(']') >= 0) {
                throw new IllegalArgumentException("not a measure code: '" + code + "'");
            }
        }
    }

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code left op right} for the four arithmetic operators. */
    record Binary(Expr left, Operator operator, Expr right) implements Expr {
        public Binary {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A call of min, max, abs or round; the number of arguments fits the function. */
    record Call(Function function, List<Expr> arguments) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
            if (!function.accepts(arguments.size())) {
                throw new IllegalArgumentException(function.text() + " does not take " + arguments.size());
            }
        }
    }

    /** {@code if(condition; whenTrue; whenFalse)}: only the chosen branch is evaluated. */
    record Choice(Condition condition, Expr whenTrue, Expr whenFalse) implements Expr {
        public Choice {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(whenTrue, "whenTrue");
            Objects.requireNonNull(whenFalse, "whenFalse");
        }
    }

    /** The comparison that is the first argument of {@code if}. */
    record Condition(Expr left, Comparison comparator, Expr right) {
        public Condition {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(right, "right");
        }
    }

    /** The codes of the measures this expression refers to, each once, in order of appearance. */
    default SequencedSet<String> measures() {
        var codes = new LinkedHashSet<String>();
        collectMeasures(this, codes);
        return codes;
    }

    private static void collectMeasures(Expr expr, SequencedSet<String> codes) {
        switch (expr) {
            case Literal literal -> { }
            case Reference reference -> codes.add(reference.code());
            case Negate negate -> collectMeasures(negate.operand(), codes);
            case Binary binary -> {
                collectMeasures(binary.left(), codes);
                collectMeasures(binary.right(), codes);
            }
            case Call call -> call.arguments().forEach(argument -> collectMeasures(argument, codes));
            case Choice choice -> {
                collectMeasures(choice.condition().left(), codes);
                collectMeasures(choice.condition().right(), codes);
                collectMeasures(choice.whenTrue(), codes);
                collectMeasures(choice.whenFalse(), codes);
            }
        }
    }
}
