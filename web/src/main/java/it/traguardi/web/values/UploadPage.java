package it.traguardi.web.values;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code values/upload.jte}: the file form, then the preview of a checked file, either
 * its problems or the rows that the confirm step will write. {@code content} is the checked text,
 * posted back in a hidden field by the confirm form.
 */
public record UploadPage(Layout layout, EntryPage.Links links, String header, String fileName, String content,
        List<ProblemRow> problems, List<ValueRow> rows, String error) {

    public UploadPage {
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
    }

    /** Before any file: just the form. */
    static UploadPage form(Layout layout, EntryPage.Links links, String header, String error) {
        return new UploadPage(layout, links, header, "", "", List.of(), List.of(), error);
    }

    public boolean checked() {
        return !fileName.isEmpty();
    }

    public boolean clean() {
        return checked() && problems.isEmpty();
    }

    /** A problem with its line and field (empty for the whole line or file). */
    public record ProblemRow(String line, String field, String problem) {
    }

    /** A value that will be written. */
    public record ValueRow(String target, String period, String value) {
    }
}
