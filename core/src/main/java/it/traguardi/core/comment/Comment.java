package it.traguardi.core.comment;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.Limits;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Commento: a note on one node of an entity's plan year, who wrote it and when. */
public record Comment(NodeId node, String text, String author, Instant createdAt) {

    /** The longest text a comment may hold ({@code node_comment.body}). */
    public static final int MAX_LENGTH = Limits.Text.COMMENT.length();

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

    /**
     * What is wrong with a text written as a comment, if anything: blank, too long, or with a
     * character it cannot hold. Every way in (the page, the API) asks this before it adds one.
     */
    public static Optional<Message> problem(String text) {
        if (text.isBlank()) {
            return Optional.of(Message.of("comment.empty"));
        }
        return Limits.Text.COMMENT.problem(text);
    }
}
