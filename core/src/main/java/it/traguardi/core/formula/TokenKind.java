package it.traguardi.core.formula;

/** The kinds of {@link Token} in a formula. */
public enum TokenKind {
    NUMBER, CODE, BRACKETED_CODE,
    PLUS, MINUS, STAR, SLASH,
    LEFT_PAREN, RIGHT_PAREN, COMMA, SEMICOLON,
    LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL,
    /** Text the lexer could not read; it has already been reported as a {@link Problem}. */
    ERROR,
    END;

    /** Whether this token is one of {@code < <= > >= = <>}. */
    public boolean comparison() {
        return switch (this) {
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> true;
            case NUMBER, CODE, BRACKETED_CODE, PLUS, MINUS, STAR, SLASH, LEFT_PAREN, RIGHT_PAREN, COMMA,
                 SEMICOLON, ERROR, END -> false;
        };
    }
}
