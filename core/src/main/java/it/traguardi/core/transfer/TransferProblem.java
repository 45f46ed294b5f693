package it.traguardi.core.transfer;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/**
 * A problem of a full plan, with its place as a JSON path ({@code $.values[3].node_key}), so that
 * whoever mends the file finds it.
 */
public record TransferProblem(String path, Message message) {

    public TransferProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static String path(FullSection section, int row, String field) {
        return "$." + section.key() + (section.single() ? "" : "[" + row + "]") + "." + field;
    }
}
