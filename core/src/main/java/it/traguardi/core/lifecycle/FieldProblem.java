package it.traguardi.core.lifecycle;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** A problem of one field of a lifecycle request ({@code actNumber}, {@code actDate}, {@code reason}). */
public record FieldProblem(String field, Message message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
