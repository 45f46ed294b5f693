package it.traguardi.web.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /health}, what a load balancer asks every second of every node: 200 when the node
 * answers and one of its pooled connections to the database is valid, else 503, so that a node
 * cut off from the database is taken out of rotation while the others serve. Cheap: no plan read,
 * no session, a connection the pool already holds.
 */
final class HealthApi {

    /** Seconds the database has to answer the validity check. */
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    HealthApi(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void health(Context ctx) {
        if (!reachesDatabase()) {
            throw new ProblemException(new ProblemDetail(503, "unavailable", ApiTexts.of(ctx).text("detail.unavailable")));
        }
        ctx.contentType("application/json").result("{\"status\":\"ok\"}");
    }

    private boolean reachesDatabase() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            // the pool's own timeout (Hikari: 30 s) bounds this; a closed pool fails at once
            return false;
        }
    }
}
