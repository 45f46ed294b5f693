package it.traguardi.exchange;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import java.util.Objects;

/**
 * Problema di importazione: what cannot be understood in a file, with its place. Line and field
 * are 1-based; 0 means the whole file or the whole line.
 */
public record ImportProblem(String file, int line, int field, Message message) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** E.g. {@code piano.tsv, riga 12, campo 1 (Peso): peso non leggibile: «33,3x%»}. */
    public String render(Messages messages) {
        var place = new StringBuilder(file);
        if (line > 0) {
            place.append(", ").append(messages.get("import.place.line", line));
        }
        if (field > 0) {
            place.append(", ").append(messages.get("import.place.field", field));
        }
        return place + ": " + messages.render(message);
    }
}
