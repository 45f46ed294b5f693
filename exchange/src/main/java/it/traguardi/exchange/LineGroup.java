package it.traguardi.exchange;

import it.traguardi.core.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Problemi raggruppati: the lines of a file where the same thing went wrong, told once ("righe
 * 4-63, 70: ...") instead of once per line. A file of sixty rows with the same mistake is one
 * problem to mend, and sixty lines of it hide the one different problem among them. Lines are
 * 1-based; a line of 0 (the whole file) is kept as a group with no lines.
 */
public record LineGroup<T>(List<Integer> lines, T first) {

    public LineGroup {
        lines = List.copyOf(lines);
    }

    /**
     * The items folded by {@code key} (the text told apart from the line), in the order of their
     * first occurrence; each group keeps its first item (for the text) and its lines in order.
     */
    public static <T> List<LineGroup<T>> of(List<T> items, ToIntFunction<T> line, Function<T, String> key) {
        var groups = new LinkedHashMap<String, List<T>>();
        for (var item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return groups.values().stream().map(same -> new LineGroup<>(same.stream().mapToInt(line)
                .filter(n -> n > 0).distinct().sorted().boxed().toList(), same.getFirst())).toList();
    }

    /** The lines as ranges of consecutive ones: {@code 4-63, 70}; empty when there is none. */
    public String ranges() {
        var text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i);
            while (i + 1 < lines.size() && lines.get(i + 1) == lines.get(i) + 1) {
                i++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(start);
            if (lines.get(i) != start) {
                text.append('-').append(lines.get(i));
            }
        }
        return text.toString();
    }

    /** "riga 12" or "righe 4-63, 70"; empty when the group has no line. */
    public String place(Messages messages) {
        return switch (lines.size()) {
            case 0 -> "";
            case 1 -> messages.get("import.place.line", ranges());
            default -> messages.get("import.place.lines", ranges());
        };
    }
}
