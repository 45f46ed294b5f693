package it.traguardi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tables of docs/notations.md as the tests of every module read them (core's test jar), so that
 * each entry path runs the examples the document shows. Tests run in their module's folder; the
 * document is at the repository's root.
 */
public final class NotationsDoc {

    public static final Path DOC = Path.of("..", "docs", "notations.md");

    private NotationsDoc() {
    }

    /** The cells of the table rows under a heading, up to the next heading (the head row has no code). */
    public static List<List<String>> rows(String heading) throws IOException {
        var lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        assertThat(lines).contains(heading);
        var out = new ArrayList<List<String>>();
        for (int i = lines.indexOf(heading) + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            var line = lines.get(i);
            if (line.startsWith("|") && !line.startsWith("|---") && line.contains("`")) {
                out.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
            }
        }
        return out;
    }

    /** The text between the first and the last backquote of a cell. */
    public static String code(String cell) {
        return cell.substring(cell.indexOf('`') + 1, cell.lastIndexOf('`'));
    }
}
