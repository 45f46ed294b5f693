package it.traguardi.core.validation;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.Limits;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Rilievo: the valutatore's remark on a node of the plan for a period, kept apart from the owners'
 * comments (they answer for the values; the valutatore judges them).
 */
public record Remark(NodeId node, Period period, String text, String author, Instant createdAt) {

    public Remark {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(period, "period");
        text = Objects.requireNonNull(text, "text").strip();
        if (problem(text).isPresent()) {
            throw new IllegalArgumentException("a remark holds 1 to " + Limits.Text.COMMENT.length() + " characters");
        }
        author = Objects.requireNonNull(author, "author").strip();
        if (author.isEmpty()) {
            throw new IllegalArgumentException("a remark has an author");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What is wrong with a text written as a remark, if anything: blank, too long, or a character it cannot hold. */
    public static Optional<Message> problem(String text) {
        if (text.isBlank()) {
            return Optional.of(Message.of("remark.empty"));
        }
        return Limits.Text.COMMENT.problem(text);
    }
}
