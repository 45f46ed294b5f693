package it.traguardi.core.score;

import java.util.List;

/**
 * Spiegazione: how a score came about, the parts that contributed (in plan order) and those left
 * out and why. An indicator's explanation is empty: its score comes from its target.
 */
public record Explanation(List<Contribution> contributors, List<Exclusion> excluded) {

    public static final Explanation NONE = new Explanation(List.of(), List.of());

    public Explanation {
        contributors = List.copyOf(contributors);
        excluded = List.copyOf(excluded);
    }
}
