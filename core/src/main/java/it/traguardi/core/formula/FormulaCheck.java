package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.stream.Collectors;

/**
 * Controllo della formula: the checks made when a formula is saved, against the catalog of measures.
 *
 * <p>Rules. Every measure must be in the catalog, and be numeric (not a date nor a yes/no milestone).
 * Operands of {@code + -}, of {@code min max}, both sides of a comparison and both branches of
 * {@code if} must have the same unit; a plain number takes the unit of the other side ({@code A + 100}).
 * {@code x * number} and {@code x / number} keep x's unit, and so does multiplying or dividing by a
 * count ({@code N.}): {@code gg / N.} is an average in days. Dividing two values of the same unit gives
 * a plain ratio ({@code € / €}). Any other product or quotient ({@code gg * €}) is allowed but has no
 * unit of its own, and a measure without a unit is not checked.
 */
public final class FormulaCheck {

    /** The problems found (none when the formula can be saved), and what the formula measures. */
    public record Report(List<Message> problems, Dimension dimension) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private static final Dimension PLAIN = new Dimension.Plain();
    private static final Dimension UNKNOWN = new Dimension.Unknown();

    private final MeasureCatalog catalog;
    private final SequencedSet<Message> problems = new LinkedHashSet<>();

    private FormulaCheck(MeasureCatalog catalog) {
        this.catalog = catalog;
    }

    public static Report check(Expr expr, MeasureCatalog catalog) {
        var check = new FormulaCheck(catalog);
        int length = Printer.print(expr).length();
        if (length > Limits.FORMULA) {
            // the canonical text (spaces around operators, brackets) is what is stored
            return new Report(List.of(Message.of("formula.check.too-long", Limits.FORMULA, length)), UNKNOWN);
        }
        if (expr instanceof Expr.Reference single && check.isDateOrFlag(single.code())) {
            // one measure alone passes its completion date or yes/no through to a deadline or milestone
            return new Report(List.of(), UNKNOWN);
        }
        var dimension = check.dimension(expr);
        return new Report(List.copyOf(check.problems), dimension);
    }

    private boolean isDateOrFlag(String code) {
        return catalog.unitOf(code).filter(u -> u == Unit.DATE || u == Unit.YES_NO).isPresent();
    }

    private Dimension dimension(Expr expr) {
        return switch (expr) {
            case Expr.Literal number -> PLAIN;
            case Expr.Reference measure -> measure(measure.code());
            case Expr.Negate negate -> dimension(negate.operand());
            case Expr.Binary binary -> binary(binary);
            case Expr.Call call -> switch (call.function()) {
                case MIN, MAX -> same(expr, call.arguments());
                case ABS, ROUND -> dimension(call.arguments().getFirst());
            };
            case Expr.Choice choice -> {
                same(expr, List.of(choice.condition().left(), choice.condition().right()));
                yield same(expr, List.of(choice.whenTrue(), choice.whenFalse()));
            }
        };
    }

    private Dimension measure(String code) {
        var unit = catalog.unitOf(code);
        if (unit.isEmpty()) {
            problems.add(Message.of("formula.check.unknown-measure", code));
            return UNKNOWN;
        }
        return switch (unit.get()) {
            case COUNT, PERCENT, DAYS, EURO -> new Dimension.Of(unit.get());
            case DATE, YES_NO -> {
                problems.add(Message.of("formula.check.not-numeric", code));
                yield UNKNOWN;
            }
            case UNSPECIFIED -> UNKNOWN;
        };
    }

    private Dimension binary(Expr.Binary binary) {
        return switch (binary.operator()) {
            case ADD, SUBTRACT -> same(binary, List.of(binary.left(), binary.right()));
            case MULTIPLY -> product(dimension(binary.left()), dimension(binary.right()));
            case DIVIDE -> quotient(dimension(binary.left()), dimension(binary.right()));
        };
    }

    /** Operands that must share a unit; a mismatch is reported once for the expression that mixes them. */
    private Dimension same(Expr whole, List<Expr> operands) {
        // a loop rather than a stream: this recurses once a level of the formula, so its frames count
        var dimensions = new ArrayList<Dimension>();
        var units = new LinkedHashSet<Unit>();
        for (var operand : operands) {
            var dimension = dimension(operand);
            dimensions.add(dimension);
            if (dimension instanceof Dimension.Of of) {
                units.add(of.unit());
            }
        }
        if (units.size() > 1) {
            var symbols = units.stream().map(Unit::symbol).collect(Collectors.joining(", "));
            problems.add(Message.of("formula.check.unit-mismatch", Printer.print(whole), symbols));
            return UNKNOWN;
        }
        if (units.size() == 1) {
            return new Dimension.Of(units.getFirst());
        }
        return dimensions.contains(UNKNOWN) ? UNKNOWN : PLAIN;
    }

    private static Dimension product(Dimension left, Dimension right) {
        if (scaling(right)) {
            return left;
        }
        return scaling(left) ? right : UNKNOWN;
    }

    private static Dimension quotient(Dimension left, Dimension right) {
        if (left instanceof Dimension.Of l && right instanceof Dimension.Of r && l.unit() == r.unit()) {
            return PLAIN;
        }
        return scaling(right) ? left : UNKNOWN;
    }

    /** A plain number or a count scales a value without changing its unit. */
    private static boolean scaling(Dimension dimension) {
        return switch (dimension) {
            case Dimension.Plain plain -> true;
            case Dimension.Of of -> of.unit() == Unit.COUNT;
            case Dimension.Unknown unknown -> false;
        };
    }
}
