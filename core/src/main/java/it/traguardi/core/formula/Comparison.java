package it.traguardi.core.formula;

/** The comparisons allowed in the condition of {@code if}. */
public enum Comparison {
    LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("="), NOT_EQUAL("<>");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the comparison holds, given {@code left.compareTo(right)}. */
    public boolean holds(int comparison) {
        return switch (this) {
            case LESS -> comparison < 0;
            case LESS_EQUAL -> comparison <= 0;
            case GREATER -> comparison > 0;
            case GREATER_EQUAL -> comparison >= 0;
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
        };
    }
}
