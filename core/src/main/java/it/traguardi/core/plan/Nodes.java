package it.traguardi.core.plan;

import java.util.Objects;

/** Checks shared by the node records. */
final class Nodes {

    private Nodes() {
    }

    static String code(String code) {
        return Objects.requireNonNull(code, "code (empty when missing)").strip();
    }

    static String title(String title) {
        var t = Objects.requireNonNull(title, "title").strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a node needs a title");
        }
        return t;
    }
}
