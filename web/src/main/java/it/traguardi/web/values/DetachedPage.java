package it.traguardi.web.values;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code values/detached.jte}: the values and comments of nodes the plan no longer
 * has, node by node, under the code and title each node last had.
 */
public record DetachedPage(Layout layout, String planHref, List<Node> nodes) {

    public DetachedPage {
        nodes = List.copyOf(nodes);
    }

    /** A node no longer in the plan: its heading, its values and its comments, oldest first. */
    public record Node(String anchor, String heading, String label, List<RecordRow> values, List<CommentRow> comments) {

        public Node {
            values = List.copyOf(values);
            comments = List.copyOf(comments);
        }
    }

    /** One recorded value (a correction is a row of its own). */
    public record RecordRow(String period, String value, String recordedAt, String recordedBy, String reason) {
    }

    public record CommentRow(String createdAt, String author, String text) {
    }
}
