package it.traguardi.exchange;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import java.util.List;
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
        return render(line > 0 ? messages.get("import.place.line", line) : "", messages);
    }

    /**
     * Every problem, those alike folded into one with their lines ({@code piano.tsv, righe 4-63,
     * 70, campo 3: ...}), in the order of their first line.
     */
    public static List<String> renderGrouped(List<ImportProblem> problems, Messages messages) {
        return grouped(problems, messages).stream().map(g -> g.first().render(g.place(messages), messages)).toList();
    }

    /** The problems folded by file, field and text: alike problems on many lines are one group. */
    public static List<LineGroup<ImportProblem>> grouped(List<ImportProblem> problems, Messages messages) {
        return LineGroup.of(problems, ImportProblem::line,
                p -> p.file + '\t' + p.field + '\t' + messages.render(p.message));
    }

    private String render(String lines, Messages messages) {
        var place = new StringBuilder(file);
        if (!lines.isEmpty()) {
            place.append(", ").append(lines);
        }
        if (field > 0) {
            place.append(", ").append(messages.get("import.place.field", field));
        }
        return place + ": " + messages.render(message);
    }
}
