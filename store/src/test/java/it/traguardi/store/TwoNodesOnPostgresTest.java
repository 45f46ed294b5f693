package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database, each with its own pool as two {@code serve} processes
 * have: started at the same moment on an empty database, the migrations run once (Flyway's lock);
 * asking for the housekeeping at the same moment, one node does it and the other skips.
 */
class TwoNodesOnPostgresTest {

    private final PostgresSchema schema = PostgresSchema.create();
    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
        schema.close();
    }

    /** Runs both at the same moment (as far as two threads can) and returns both results. */
    private static <T> List<T> atOnce(Callable<T> one, Callable<T> other) throws Exception {
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (var work : List.of(one, other)) {
                futures.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Database open() {
        var database = Database.open(schema.url());
        synchronized (opened) {
            opened.add(database);
        }
        return database;
    }

    @Test
    void two_nodes_starting_at_once_on_an_empty_database_migrate_it_once() throws Exception {
        var started = atOnce(this::open, this::open);

        // one applied every migration, the other waited for Flyway's lock and found nothing to do
        assertThat(started).extracting(Database::migrationsApplied).containsExactlyInAnyOrder(0, migrationFiles());
        try (var connection = started.get(0).dataSource().getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select count(*) from flyway_schema_history where success")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(migrationFiles());
        }
    }

    @Test
    void two_nodes_asking_for_the_housekeeping_at_once_run_it_once() throws Exception {
        var a = open();
        var b = open();
        HousekeepingContract.writeExpiredAndLive(a.dataSource());

        var outcomes = atOnce(() -> HousekeepingContract.at(a.dataSource(), HousekeepingContract.NOW, "nodo-a").runIfDue(),
                () -> HousekeepingContract.at(b.dataSource(), HousekeepingContract.NOW, "nodo-b").runIfDue());

        assertThat(outcomes).containsExactlyInAnyOrder(new Housekeeping.Outcome.Purged(2, 1, 1, 1, 2),
                new Housekeeping.Outcome.NotDue());
        assertThat(HousekeepingContract.rows(b.dataSource(), "user_session")).isEqualTo(1);
    }

    /** The portable migrations and PostgreSQL's own, counted apart from Flyway. */
    private static int migrationFiles() throws java.io.IOException {
        int count = 0;
        for (var folder : List.of("src/main/resources/db/migration", "src/main/resources/db/postgresql")) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                count += (int) files.filter(f -> f.getFileName().toString().matches("V[\\d_]+__.*\\.sql")).count();
            }
        }
        return count;
    }
}
