package it.traguardi.core.plan;

/**
 * Identita' del nodo: a node's identity within its plan, independent of its code (codes may repeat
 * or be missing). Assigned in reading order when a plan is imported, so a round trip keeps it.
 */
public record NodeId(int value) implements Comparable<NodeId> {

    public NodeId {
        if (value < 1) {
            throw new IllegalArgumentException("node ids start at 1: " + value);
        }
    }

    @Override
    public int compareTo(NodeId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
