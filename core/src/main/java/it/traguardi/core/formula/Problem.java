package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** Errore: something wrong in a formula's text, at a 1-based column, told as a {@link Message}. */
public record Problem(int column, Message message) {

    public Problem {
        if (column < 1) {
            throw new IllegalArgumentException("column is 1-based: " + column);
        }
        Objects.requireNonNull(message, "message");
    }

    /** 0-based offset of the problem in the formula text. */
    public int offset() {
        return column - 1;
    }
}
