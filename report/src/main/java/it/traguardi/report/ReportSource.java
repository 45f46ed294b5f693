package it.traguardi.report;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report is made of, as the program that asks for it has read it from its store: the plan,
 * the period, the scores at that period and the actual of each indicator (a {@code Snapshot}'s
 * tree and actuals), the comments on each node, and the history of the values entered for each
 * indicator (every period, corrections included). No report reads anything else.
 */
public record ReportSource(Plan plan, Period period, ScoreTree tree, Map<NodeId, Value> actuals,
        Map<NodeId, List<Comment>> comments, Map<NodeId, List<ValueRecord>> history) {

    public ReportSource {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tree, "tree");
        actuals = Map.copyOf(actuals);
        comments = Map.copyOf(comments);
        history = Map.copyOf(history);
        if (period.year() != plan.year()) {
            throw new IllegalArgumentException("period " + period.format() + " outside plan year " + plan.year());
        }
    }

    /** The comments on a node, oldest first; none when it has none. */
    public List<Comment> commentsOn(NodeId node) {
        return comments.getOrDefault(node, List.of());
    }

    /** The values entered for an indicator, in the order recorded; none when it has none. */
    public List<ValueRecord> historyOf(NodeId indicator) {
        return history.getOrDefault(indicator, List.of());
    }
}
