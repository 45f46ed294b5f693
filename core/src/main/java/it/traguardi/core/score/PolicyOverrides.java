package it.traguardi.core.score;

import it.traguardi.core.plan.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Deroghe per indicatore: policy changes that apply to one indicator only, in order, on top of
 * the plan's policy. Entries for nodes that are not indicators are ignored.
 */
public record PolicyOverrides(Map<NodeId, List<PolicyChange>> changes) {

    public PolicyOverrides {
        var copy = new TreeMap<NodeId, List<PolicyChange>>();
        changes.forEach((id, list) -> copy.put(Objects.requireNonNull(id, "id"), List.copyOf(list)));
        changes = Collections.unmodifiableSortedMap(copy);
    }

    public static PolicyOverrides none() {
        return new PolicyOverrides(Map.of());
    }

    /** These overrides with {@code more} changes for one indicator, after any it already has. */
    public PolicyOverrides with(NodeId indicator, PolicyChange... more) {
        var copy = new TreeMap<>(changes);
        var list = new ArrayList<>(copy.getOrDefault(indicator, List.of()));
        list.addAll(List.of(more));
        copy.put(indicator, list);
        return new PolicyOverrides(copy);
    }

    /** The policy that governs one indicator. */
    public ScoringPolicy policyFor(NodeId indicator, ScoringPolicy plan) {
        return PolicyChange.applyAll(plan, changes.getOrDefault(indicator, List.of()));
    }
}
