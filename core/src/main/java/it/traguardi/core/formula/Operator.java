package it.traguardi.core.formula;

/** The arithmetic operators, with the precedence the parser and the printer share. */
public enum Operator {
    ADD("+", 1), SUBTRACT("-", 1), MULTIPLY("*", 2), DIVIDE("/", 2);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    /** Higher binds tighter; unary minus binds tighter than any operator. */
    public int precedence() {
        return precedence;
    }
}
