package it.traguardi.exchange;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * Problema di importazione: what cannot be understood in a file, with its place as the user sees
 * the file. Line and field are 1-based; 0 means the whole file or the whole line. The field is named
 * the way the file shows it: a text file's fields by number ({@code campo 3}), a spreadsheet's
 * columns by letter ({@code colonna C}), either with its header when the file has one
 * ({@code campo 1 («Ambito»)}, {@code colonna E («Valore»)}); a number of a field is what no
 * spreadsheet shows, and a header alone is what a text editor does not count.
 */
public record ImportProblem(String file, int line, int field, String header, Columns columns, Message message) {

    /** How a file names the fields of a row: a text file numbers them, a spreadsheet letters its columns. */
    public enum Columns { NUMBERED, LETTERED }

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(message, "message");
        header = header.strip();
    }

    /** A problem of a text file's field, known by its number only. */
    public ImportProblem(String file, int line, int field, Message message) {
        this(file, line, field, "", Columns.NUMBERED, message);
    }

    /** The same problem, its field named by {@code header} (as the file's header row shows it). */
    public ImportProblem withHeader(String header) {
        return new ImportProblem(file, line, field, header, columns, message);
    }

    /** E.g. {@code piano.tsv, riga 12, campo 1 («Ambito»): peso non leggibile: «33,3x%»}. */
    public String render(Messages messages) {
        return render(line > 0 ? messages.get("import.place.line", line) : "", messages);
    }

    /** The field as the file shows it ({@code campo 1 («Ambito»)}, {@code colonna E («Valore»)}); empty for a whole line. */
    public String fieldPlace(Messages messages) {
        return field > 0 ? messages.render(fieldPlace(field, header, columns)) : "";
    }

    /**
     * The one wording of a field's place, for every reader (and for the messages that name a cell
     * of another sheet, or a warning's field): {@code campo 3}, {@code campo 3 («Peso»)},
     * {@code colonna C}, {@code colonna C («Peso»)}.
     */
    public static Message fieldPlace(int field, String header, Columns columns) {
        var blank = header.isBlank();
        return switch (columns) {
            case NUMBERED -> blank ? Message.of("import.place.field", field)
                    : Message.of("import.place.field.named", field, header.strip());
            case LETTERED -> blank ? Message.of("import.place.column", letters(field))
                    : Message.of("import.place.column.named", letters(field), header.strip());
        };
    }

    /** The letters of a 1-based column as a spreadsheet shows them ({@code 1} is {@code A}, {@code 28} is {@code AB}). */
    public static String letters(int column) {
        var out = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /**
     * Every problem, those alike folded into one with their lines ({@code piano.tsv, righe 4-63,
     * 70, campo 1 («Ambito»): ...}), in the order of their first line.
     */
    public static List<String> renderGrouped(List<ImportProblem> problems, Messages messages) {
        return grouped(problems, messages).stream().map(g -> g.first().render(g.place(messages), messages)).toList();
    }

    /** The problems folded by file, field and text: alike problems on many lines are one group. */
    public static List<LineGroup<ImportProblem>> grouped(List<ImportProblem> problems, Messages messages) {
        return LineGroup.of(problems, ImportProblem::line,
                p -> p.file + '\t' + p.fieldPlace(messages) + '\t' + messages.render(p.message));
    }

    private String render(String lines, Messages messages) {
        var place = new StringBuilder(file);
        if (!lines.isEmpty()) {
            place.append(", ").append(lines);
        }
        if (field > 0) {
            place.append(", ").append(fieldPlace(messages));
        }
        return place + ": " + messages.render(message);
    }
}
