package it.traguardi.core.formula;

import java.util.Objects;

/**
 * Simbolo: one token of a formula.
 *
 * @param kind   what the token is
 * @param lexeme the text as written
 * @param value  for numbers the digits with a decimal point, for codes the code (without brackets),
 *               otherwise the lexeme
 * @param column 1-based column of the first character (the formula is one line; offset = column - 1)
 */
public record Token(TokenKind kind, String lexeme, String value, int column) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lexeme, "lexeme");
        Objects.requireNonNull(value, "value");
        if (column < 1) {
            throw new IllegalArgumentException("column is 1-based: " + column);
        }
    }

    /** 0-based offset of the first character in the formula text. */
    public int offset() {
        return column - 1;
    }
}
