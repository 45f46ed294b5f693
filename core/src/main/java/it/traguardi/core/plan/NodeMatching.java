package it.traguardi.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Corrispondenza tra piano archiviato e piano nuovo: when an entity's plan for a year is replaced
 * by a new reading (an alberatura corrected and imported again), which new node is which stored
 * node. Values, comments and rules hang on a node's id, so the new plan is given back with the
 * stored id on every node recognised with confidence, and a never-issued id on every other node.
 *
 * <p>Nodes are paired only with nodes of the same kind, in rounds, each round among the nodes no
 * earlier round paired:
 * <ol>
 * <li>same code and same title; repeated pairs (the seed's two OOs {@code 701.C1.1}) pair first
 * under the same parent, then in the order of the tree;</li>
 * <li>same title, when that title names one node on each side (the code was corrected);</li>
 * <li>indicators with the same formula over the same measures, one on each side;</li>
 * <li>same code, when that code names one node on each side (the title was corrected);</li>
 * <li>last, same place: the same position among the children of a parent paired above. Such a
 * pair is only {@link NodeMatch.Uncertain}: a code and a title that both changed may well be a
 * different indicator, so nothing is carried over and the person sees the pair in the preview.</li>
 * </ol>
 * Rounds 2 to 4 make no pair that other evidence contradicts: a new node whose code or title is
 * that of another stored node (two codes swapped, a code given to a new indicator) is never paired
 * by the other label, since a value must never move to another indicator; at most it is uncertain.
 * A pure function of the two plans: the preview and the write compute the same matching.
 */
public record NodeMatching(Plan plan, List<NodeMatch> matches) {

    public NodeMatching {
        matches = List.copyOf(matches);
    }

    /** Matches the nodes of {@code incoming} against {@code stored}, the plan it replaces. */
    public static NodeMatching of(Plan stored, Plan incoming) {
        return new Pairing(stored, incoming).run();
    }

    /** How many nodes had each outcome, in the order of {@link NodeMatch.Outcome}. */
    public Map<NodeMatch.Outcome, Integer> counts() {
        var out = new EnumMap<NodeMatch.Outcome, Integer>(NodeMatch.Outcome.class);
        for (var outcome : NodeMatch.Outcome.values()) {
            out.put(outcome, 0);
        }
        matches.forEach(m -> out.merge(m.outcome(), 1, Integer::sum));
        return out;
    }

    /** The stored nodes that keep nothing: gone, or paired only by place. */
    public List<PlanNode> detached() {
        var out = new ArrayList<PlanNode>();
        for (var match : matches) {
            switch (match) {
                case NodeMatch.Gone gone -> out.add(gone.stored());
                case NodeMatch.Uncertain uncertain -> out.add(uncertain.stored());
                case NodeMatch.Kept kept -> { }
                case NodeMatch.Renamed renamed -> { }
                case NodeMatch.Added added -> { }
            }
        }
        return out;
    }

    /** True when every stored node is kept in place, under its code and title, and nothing is new. */
    public boolean unchanged() {
        return matches.stream().allMatch(m -> m.outcome() == NodeMatch.Outcome.KEPT);
    }

    /** The work of one matching: the pairs found so far and the ids they give. */
    private static final class Pairing {

        private final Plan stored;
        private final Plan incoming;
        private final Map<NodeId, Optional<NodeId>> storedParents = new HashMap<>();
        private final Map<NodeId, Optional<NodeId>> incomingParents = new HashMap<>();
        /** incoming id to the stored node it is, in the order found. */
        private final Map<NodeId, PlanNode> paired = new LinkedHashMap<>();
        private final Map<NodeId, NodeMatch.Basis> bases = new HashMap<>();
        private final Set<NodeId> storedPaired = new HashSet<>();
        private final Map<NodeId, PlanNode> uncertain = new HashMap<>();

        Pairing(Plan stored, Plan incoming) {
            this.stored = stored;
            this.incoming = incoming;
            parents(stored, storedParents);
            parents(incoming, incomingParents);
        }

        NodeMatching run() {
            exactRound();
            round(PlanNode::title, NodeMatch.Basis.TITLE);
            round(n -> n instanceof Indicator i && i.definition().hasFormula() ? i.definition().formula() : null,
                    NodeMatch.Basis.FORMULA);
            round(n -> n.hasCode() ? n.code() : null, NodeMatch.Basis.CODE);
            byPlace();
            return result();
        }

        /**
         * Same code and title. A code and title that repeat (the seed's two OOs {@code 701.C1.1})
         * pair first with the stored node under the same parent, so that moving one of two twins
         * does not swap them; what is left pairs in the order of the tree.
         */
        private void exactRound() {
            Function<PlanNode, String> key = n -> n.code() + '\u0000' + n.title();
            var left = unpaired(stored.nodes(), storedPaired, key);
            for (var node : incoming.nodes()) {
                var parent = incomingParents.get(node.id());
                if (parent.isPresent() && !paired.containsKey(parent.get())) {
                    continue;
                }
                var storedParent = parent.map(p -> paired.get(p).id());
                left.getOrDefault(node.kind() + "\u0000" + key.apply(node), List.of()).stream()
                        .filter(s -> !storedPaired.contains(s.id()) && storedParents.get(s.id()).equals(storedParent))
                        .findFirst()
                        .ifPresent(s -> pair(s, node, NodeMatch.Basis.CODE_AND_TITLE));
            }
            var rest = unpaired(stored.nodes(), storedPaired, key);
            for (var entry : unpaired(incoming.nodes(), paired.keySet(), key).entrySet()) {
                var candidates = rest.getOrDefault(entry.getKey(), List.of());
                for (int i = 0; i < Math.min(candidates.size(), entry.getValue().size()); i++) {
                    pair(candidates.get(i), entry.getValue().get(i), NodeMatch.Basis.CODE_AND_TITLE);
                }
            }
        }

        /**
         * Pairs the unpaired nodes of each kind whose key names one node on each side (a null key
         * takes no part), unless the other evidence points elsewhere: when the new node's code or
         * title is that of another unpaired stored node, or the stored node's code or title that of
         * another unpaired new node (two codes swapped, a code given to a new indicator), the pair
         * is not made and at most the last round calls it uncertain: nothing is carried over.
         */
        private void round(Function<PlanNode, String> key, NodeMatch.Basis basis) {
            var left = unpaired(stored.nodes(), storedPaired, key);
            var right = unpaired(incoming.nodes(), paired.keySet(), key);
            var storedLabels = labels(stored.nodes(), storedPaired);
            var incomingLabels = labels(incoming.nodes(), paired.keySet());
            for (var entry : right.entrySet()) {
                var candidates = left.getOrDefault(entry.getKey(), List.of());
                if (candidates.size() != 1 || entry.getValue().size() != 1) {
                    continue;
                }
                var s = candidates.getFirst();
                var n = entry.getValue().getFirst();
                if (!pointsElsewhere(storedLabels, n, s) && !pointsElsewhere(incomingLabels, s, n)) {
                    pair(s, n, basis);
                }
            }
        }

        /** The unpaired nodes by kind and code, and by kind and title. */
        private static Map<String, List<PlanNode>> labels(List<PlanNode> nodes, Set<NodeId> taken) {
            var out = new HashMap<String, List<PlanNode>>();
            for (var node : nodes) {
                if (!taken.contains(node.id())) {
                    out.computeIfAbsent(node.kind() + "\u0001" + node.title(), k -> new ArrayList<>()).add(node);
                    if (node.hasCode()) {
                        out.computeIfAbsent(node.kind() + "\u0002" + node.code(), k -> new ArrayList<>()).add(node);
                    }
                }
            }
            return out;
        }

        /** True when a node of {@code others} other than {@code partner} has the code or title of {@code node}. */
        private static boolean pointsElsewhere(Map<String, List<PlanNode>> others, PlanNode node, PlanNode partner) {
            var byTitle = others.getOrDefault(node.kind() + "\u0001" + node.title(), List.of());
            var byCode = node.hasCode() ? others.getOrDefault(node.kind() + "\u0002" + node.code(), List.of()) : List.<PlanNode>of();
            return byTitle.stream().anyMatch(o -> !o.id().equals(partner.id()))
                    || byCode.stream().anyMatch(o -> !o.id().equals(partner.id()));
        }

        private static Map<String, List<PlanNode>> unpaired(List<PlanNode> nodes, Set<NodeId> taken,
                Function<PlanNode, String> key) {
            var out = new LinkedHashMap<String, List<PlanNode>>();
            for (var node : nodes) {
                var k = key.apply(node);
                if (k != null && !taken.contains(node.id())) {
                    out.computeIfAbsent(node.kind() + "\u0000" + k, x -> new ArrayList<>()).add(node);
                }
            }
            return out;
        }

        private void pair(PlanNode storedNode, PlanNode incomingNode, NodeMatch.Basis basis) {
            paired.put(incomingNode.id(), storedNode);
            bases.put(incomingNode.id(), basis);
            storedPaired.add(storedNode.id());
        }

        /** The last round: same kind at the same place under parents paired with confidence. */
        private void byPlace() {
            var before = siblings(stored.nodes(), storedParents);
            var taken = new HashSet<NodeId>();
            for (var entry : siblings(incoming.nodes(), incomingParents).entrySet()) {
                var parent = entry.getKey().parent();
                if (parent.isPresent() && !paired.containsKey(parent.get())) {
                    continue;
                }
                var storedKey = new SiblingKey(parent.map(p -> paired.get(p).id()), entry.getKey().kind());
                var old = before.getOrDefault(storedKey, List.of());
                var now = entry.getValue();
                for (int i = 0; i < Math.min(old.size(), now.size()); i++) {
                    var s = old.get(i);
                    var n = now.get(i);
                    if (!storedPaired.contains(s.id()) && !paired.containsKey(n.id()) && taken.add(s.id())) {
                        uncertain.put(n.id(), s);
                    }
                }
            }
        }

        /** A parent's children of one kind (the areas have no parent). */
        private record SiblingKey(Optional<NodeId> parent, NodeKind kind) {
        }

        private static Map<SiblingKey, List<PlanNode>> siblings(List<PlanNode> nodes,
                Map<NodeId, Optional<NodeId>> parents) {
            var out = new LinkedHashMap<SiblingKey, List<PlanNode>>();
            for (var node : nodes) {
                out.computeIfAbsent(new SiblingKey(parents.get(node.id()), node.kind()), k -> new ArrayList<>()).add(node);
            }
            return out;
        }

        private NodeMatching result() {
            var ids = new HashMap<NodeId, NodeId>();
            var next = stored.lastIssuedId();
            for (var node : incoming.nodes()) {
                var match = paired.get(node.id());
                ids.put(node.id(), match != null ? match.id() : new NodeId(++next));
            }
            var plan = Renumbering.apply(incoming, ids, Math.max(next, stored.lastIssuedId()));
            var renumbered = new HashMap<NodeId, PlanNode>();
            plan.nodes().forEach(n -> renumbered.put(n.id(), n));
            var matches = new ArrayList<NodeMatch>();
            for (var node : incoming.nodes()) {
                var after = renumbered.get(ids.get(node.id()));
                var before = paired.get(node.id());
                if (before != null) {
                    matches.add(pairedMatch(before, after, node));
                } else if (uncertain.containsKey(node.id())) {
                    matches.add(new NodeMatch.Uncertain(uncertain.get(node.id()), after));
                } else {
                    matches.add(new NodeMatch.Added(after));
                }
            }
            var detachedUncertain = new HashSet<NodeId>();
            uncertain.values().forEach(s -> detachedUncertain.add(s.id()));
            stored.nodes().stream()
                    .filter(s -> !storedPaired.contains(s.id()) && !detachedUncertain.contains(s.id()))
                    .forEach(s -> matches.add(new NodeMatch.Gone(s)));
            matches.sort(Comparator.comparingInt(m -> m.outcome().ordinal()));
            return new NodeMatching(plan, matches);
        }

        private NodeMatch pairedMatch(PlanNode before, PlanNode after, PlanNode original) {
            var basis = bases.get(original.id());
            var moved = moved(before, original);
            return basis == NodeMatch.Basis.CODE_AND_TITLE ? new NodeMatch.Kept(before, after, moved)
                    : new NodeMatch.Renamed(before, after, basis, moved);
        }

        /** Moved: now under a parent that is not the one it had (or a parent that is new). */
        private boolean moved(PlanNode before, PlanNode original) {
            var storedParent = storedParents.get(before.id());
            var parent = incomingParents.get(original.id());
            if (parent.isEmpty()) {
                return storedParent.isPresent();
            }
            var parentMatch = paired.get(parent.get());
            return parentMatch == null || !storedParent.equals(Optional.of(parentMatch.id()));
        }

        private static void parents(Plan plan, Map<NodeId, Optional<NodeId>> out) {
            for (var area : plan.areas()) {
                out.put(area.id(), Optional.empty());
                for (var os : area.objectives()) {
                    out.put(os.id(), Optional.of(area.id()));
                    os.indicators().forEach(i -> out.put(i.id(), Optional.of(os.id())));
                    for (var oo : os.operationalObjectives()) {
                        out.put(oo.id(), Optional.of(os.id()));
                        oo.indicators().forEach(i -> out.put(i.id(), Optional.of(oo.id())));
                    }
                }
            }
        }
    }
}
