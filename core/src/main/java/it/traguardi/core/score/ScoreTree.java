package it.traguardi.core.score;

import it.traguardi.core.plan.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Albero dei punteggi: the score of the entity at the root, and of every plan node below it. */
public record ScoreTree(ScoreNode root) {

    public ScoreTree {
        Objects.requireNonNull(root, "root");
    }

    /** Every score node, parents before children, the root first. */
    public List<ScoreNode> nodes() {
        var out = new ArrayList<ScoreNode>();
        collect(root, out);
        return out;
    }

    /** The score node of one plan node. */
    public Optional<ScoreNode> find(NodeId id) {
        return nodes().stream()
                .filter(n -> n.subject() instanceof Subject.Node s && s.node().id().equals(id))
                .findFirst();
    }

    private static void collect(ScoreNode node, List<ScoreNode> out) {
        out.add(node);
        node.children().forEach(child -> collect(child, out));
    }
}
