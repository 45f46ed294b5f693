package it.traguardi.core.score;

import java.util.List;
import java.util.Objects;

/**
 * One node of the score tree: its score (or N/D with the reason), its traffic light, how the score
 * came about, what it stands on ({@link Coverage}), and the score nodes of its children in plan
 * order (for a strategic objective, its indicators then its operational objectives).
 */
public record ScoreNode(Subject subject, Score score, Status status, Explanation explanation, Coverage coverage,
        List<ScoreNode> children) {

    public ScoreNode {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(coverage, "coverage");
        children = List.copyOf(children);
    }
}
