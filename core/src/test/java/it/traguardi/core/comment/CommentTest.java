package it.traguardi.core.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant WHEN = Instant.parse("2023-01-10T10:00:00Z");

    @Test
    void a_blank_text_is_refused_with_its_own_message() {
        assertThat(Comment.problem(" \n\t ")).contains(Message.of("comment.empty"));
    }

    @Test
    void a_text_longer_than_the_column_is_refused_with_the_limit_and_the_count() {
        assertThat(Comment.problem("x".repeat(4001)))
                .contains(Message.of("limit.text.too-long", Message.of("limit.text.comment"), 4000, 4001));
        assertThat(Comment.problem("x".repeat(4000))).isEmpty();
    }

    @Test
    void a_comment_keeps_its_lines_and_tabs_but_not_other_control_characters() {
        assertThat(Comment.problem("Prima riga\n\tseconda riga")).isEmpty();
        // ESC at the fourth character
        assertThat(Comment.problem("abc\u001Bdef"))
                .contains(Message.of("limit.text.control", Message.of("limit.text.comment"), "U+001B", 4));
    }

    @Test
    void a_comment_is_stripped_and_needs_a_text_and_an_author() {
        assertThat(new Comment(new NodeId(7), "  Sul nodo 7 ", " sistema ", WHEN))
                .isEqualTo(new Comment(new NodeId(7), "Sul nodo 7", "sistema", WHEN));
        assertThatThrownBy(() -> new Comment(new NodeId(7), "  ", "sistema", WHEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Comment(new NodeId(7), "x".repeat(Comment.MAX_LENGTH), "sistema", WHEN).text())
                .hasSize(4000);
        assertThatThrownBy(() -> new Comment(new NodeId(7), "x".repeat(Comment.MAX_LENGTH + 1), "sistema", WHEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Comment(new NodeId(7), "testo", " ", WHEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
