package it.traguardi.web.values;

import java.util.List;

/**
 * One row of the entry page, a small form of its own: what it is the value of, the current value
 * (empty when none), the text in the field and the comment, the problems found, and the scores of
 * the indicators it moves.
 *
 * @param id the HTML id of the row, stable across requests
 * @param code what the form posts: a measure code or {@code #id} of an indicator
 */
public record EntryRow(String id, String code, String label, String description, String unit, String current,
        String input, String reason, List<String> problems, List<ScoreView> scores, boolean saved) {

    public EntryRow {
        problems = List.copyOf(problems);
        scores = List.copyOf(scores);
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }

    public boolean hasValue() {
        return !current.isEmpty();
    }
}
