package it.traguardi.store;

import it.traguardi.core.plan.NodeId;
import java.time.Instant;
import java.util.Objects;

/** Commento: a note on one node of an entity's plan year, who wrote it and when. */
public record Comment(NodeId node, String text, String author, Instant createdAt) {

    /** The longest text a comment may hold. */
    public static final int MAX_LENGTH = 4000;

    public Comment {
        Objects.requireNonNull(node, "node");
        text = Objects.requireNonNull(text, "text").strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a comment holds 1 to " + MAX_LENGTH + " characters");
        }
        author = Objects.requireNonNull(author, "author").strip();
        if (author.isEmpty()) {
            throw new IllegalArgumentException("a comment has an author");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
