package it.traguardi.core.formula;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Forma canonica: writes an expression as the text a formula is stored as, so that parsing the text
 * gives the same expression back. Decimal point, {@code "; "} between arguments, spaces around binary
 * operators, lower-case function names, and only the parentheses the precedence needs.
 */
public final class Printer {

    private static final int NEGATE = 3;
    private static final int ATOM = 4;

    private Printer() {
    }

    public static String print(Expr expr) {
        return switch (expr) {
            case Expr.Literal number -> number(number.value());
            case Expr.Reference measure -> code(measure.code());
            case Expr.Negate negate -> "-" + operand(negate.operand(), NEGATE);
            case Expr.Binary binary -> binary(binary);
            case Expr.Call call -> call.function().text() + "("
                    + call.arguments().stream().map(Printer::print).collect(Collectors.joining("; ")) + ")";
            case Expr.Choice choice -> Function.IF + "(" + condition(choice.condition()) + "; "
                    + print(choice.whenTrue()) + "; " + print(choice.whenFalse()) + ")";
        };
    }

    /** A code as written in a formula: bare when it can be, otherwise in square brackets. */
    public static String code(String code) {
        return Lexer.isBareCode(code) ? code : "[" + code + "]";
    }

    private static String number(BigDecimal value) {
        var text = value.toPlainString();
        int point = text.indexOf('.');
        // 2.125 would read as ambiguous (thousands?); 2.1250 is the same number and is not.
        boolean ambiguous = point > 0 && point <= 3 && text.length() - point - 1 == 3 && !text.startsWith("0");
        return ambiguous ? text + "0" : text;
    }

    private static String binary(Expr.Binary binary) {
        int precedence = binary.operator().precedence();
        // Operators associate to the left, so a right operand of equal precedence keeps its parentheses.
        return operand(binary.left(), precedence) + " " + binary.operator().symbol() + " "
                + operand(binary.right(), precedence + 1);
    }

    private static String condition(Expr.Condition condition) {
        return print(condition.left()) + " " + condition.comparator().symbol() + " " + print(condition.right());
    }

    private static String operand(Expr expr, int least) {
        var text = print(expr);
        return precedence(expr) < least ? "(" + text + ")" : text;
    }

    private static int precedence(Expr expr) {
        return switch (expr) {
            case Expr.Binary binary -> binary.operator().precedence();
            case Expr.Negate negate -> NEGATE;
            case Expr.Literal number -> ATOM;
            case Expr.Reference measure -> ATOM;
            case Expr.Call call -> ATOM;
            case Expr.Choice choice -> ATOM;
        };
    }
}
