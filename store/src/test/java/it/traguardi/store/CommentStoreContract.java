package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.plan.NodeId;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the comment store: comments read back per node, oldest first. */
abstract class CommentStoreContract {

    static final String ENTITY = "CCIAA di Modena";
    static final int YEAR = 2022;

    CommentStore store;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        store = new CommentStore(database().dataSource());
    }

    static Comment comment(int node, String text, String at) {
        return new Comment(new NodeId(node), text, "sistema", Instant.parse(at));
    }

    @Test
    void comments_of_a_node_read_back_oldest_first_with_author_and_time() {
        store.add(ENTITY, YEAR, comment(7, "Scostamento dovuto al ritardo del fornitore", "2023-01-10T10:00:00.123456Z"), TestActors.TESTER);
        store.add(ENTITY, YEAR, comment(7, "Recuperato a dicembre", "2023-01-09T08:00:00Z"), TestActors.TESTER);

        assertThat(store.of(ENTITY, YEAR, new NodeId(7))).containsExactly(
                comment(7, "Recuperato a dicembre", "2023-01-09T08:00:00Z"),
                comment(7, "Scostamento dovuto al ritardo del fornitore", "2023-01-10T10:00:00.123456Z"));
    }

    @Test
    void comments_stay_with_their_node_entity_and_year() {
        store.add(ENTITY, YEAR, comment(7, "Sul nodo 7", "2023-01-10T10:00:00Z"), TestActors.TESTER);
        store.add(ENTITY, YEAR + 1, comment(8, "Altro anno", "2023-01-10T10:00:00Z"), TestActors.TESTER);
        store.add("CCIAA di Bologna", YEAR, comment(8, "Altro ente", "2023-01-10T10:00:00Z"), TestActors.TESTER);

        assertThat(store.of(ENTITY, YEAR, new NodeId(8))).isEmpty();
        assertThat(store.of(ENTITY, YEAR, new NodeId(7))).extracting(Comment::text).containsExactly("Sul nodo 7");
        assertThat(store.of("Nessuno", YEAR, new NodeId(7))).isEmpty();
    }

    @Test
    void a_blank_comment_is_refused() {
        assertThatThrownBy(() -> comment(7, "   ", "2023-01-10T10:00:00Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comment(7, "x".repeat(Comment.MAX_LENGTH + 1), "2023-01-10T10:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
