package it.traguardi.core.formula;

import java.util.Optional;

/** The kinds of {@link Token} in a formula. */
public enum TokenKind {
    NUMBER, CODE, BRACKETED_CODE,
    PLUS, MINUS, STAR, SLASH,
    LEFT_PAREN, RIGHT_PAREN, COMMA, SEMICOLON,
    LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL,
    /** Text the lexer could not read; it has already been reported as a {@link Problem}. */
    ERROR,
    END;

    /** The comparison this token stands for, if it is one of {@code < <= > >= = <>}. */
    public Optional<Comparison> comparison() {
        return switch (this) {
            case LESS -> Optional.of(Comparison.LESS);
            case LESS_EQUAL -> Optional.of(Comparison.LESS_EQUAL);
            case GREATER -> Optional.of(Comparison.GREATER);
            case GREATER_EQUAL -> Optional.of(Comparison.GREATER_EQUAL);
            case EQUAL -> Optional.of(Comparison.EQUAL);
            case NOT_EQUAL -> Optional.of(Comparison.NOT_EQUAL);
            case NUMBER, CODE, BRACKETED_CODE, PLUS, MINUS, STAR, SLASH, LEFT_PAREN, RIGHT_PAREN, COMMA,
                 SEMICOLON, ERROR, END -> Optional.empty();
        };
    }

    /** Whether an operand can start with this token (an unreadable token stands for one). */
    public boolean startsOperand() {
        return switch (this) {
            case NUMBER, CODE, BRACKETED_CODE, LEFT_PAREN, MINUS, ERROR -> true;
            case PLUS, STAR, SLASH, RIGHT_PAREN, COMMA, SEMICOLON, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL,
                 EQUAL, NOT_EQUAL, END -> false;
        };
    }
}
