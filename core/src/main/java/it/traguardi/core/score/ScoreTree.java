package it.traguardi.core.score;

import it.traguardi.core.plan.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Albero dei punteggi: the score of the entity at the root, and of every plan node below it. A
 * value like a record (equal when the roots are equal), with an index so that pages which look up
 * every node do not walk the tree each time.
 */
public final class ScoreTree {

    private final ScoreNode root;
    private final List<ScoreNode> nodes;
    private final Map<NodeId, ScoreNode> byId;

    public ScoreTree(ScoreNode root) {
        this.root = Objects.requireNonNull(root, "root");
        var all = new ArrayList<ScoreNode>();
        collect(root, all);
        this.nodes = List.copyOf(all);
        var index = new HashMap<NodeId, ScoreNode>();
        for (var node : all) {
            if (node.subject() instanceof Subject.Node s) {
                index.putIfAbsent(s.node().id(), node);
            }
        }
        this.byId = Map.copyOf(index);
    }

    public ScoreNode root() {
        return root;
    }

    /** Every score node, parents before children, the root first. */
    public List<ScoreNode> nodes() {
        return nodes;
    }

    /** The score node of one plan node. */
    public Optional<ScoreNode> find(NodeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static void collect(ScoreNode node, List<ScoreNode> out) {
        out.add(node);
        node.children().forEach(child -> collect(child, out));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreTree tree && root.equals(tree.root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return "ScoreTree[root=" + root + "]";
    }
}
