package it.traguardi.web.audit;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code audit/trail.jte}: a plan's audit trail, newest first, one page of it, with
 * the filter form (values as the person wrote them, a problem under each field that has one), the
 * kinds of change to choose from, the links to the pages before and after and to the CSV export of
 * the filtered view.
 */
public record AuditPage(Layout layout, String planHref, String action, Fields fields, List<Choice> kinds,
        List<Row> rows, String summary, String previous, String next, String csv) {

    public AuditPage {
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
    }

    /** The filter form's values and the problem of each (empty when none). */
    public record Fields(String node, String user, String kind, String from, String to, String nodeProblem,
            String userProblem, String kindProblem, String fromProblem, String toProblem) {
    }

    /** A kind of change in the select: its value, its words, whether chosen. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** One entry, its columns as people read them. */
    public record Row(String sequence, String at, String actor, String address, String node, String nodeHref,
            String kind, String subject, String before, String after, String reason) {
    }
}
