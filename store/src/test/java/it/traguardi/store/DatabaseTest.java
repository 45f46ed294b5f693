package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Test
    void the_pool_holds_eight_connections_unless_told_and_refuses_a_size_out_of_bounds() {
        try (var database = Database.open("jdbc:h2:mem:pool-" + UUID.randomUUID())) {
            assertThat(database.poolSize()).isEqualTo(8);
        }
        try (var database = Database.open("jdbc:h2:mem:pool-" + UUID.randomUUID(), 3)) {
            assertThat(database.poolSize()).isEqualTo(3);
        }
        assertThatThrownBy(() -> Database.open("jdbc:h2:mem:pool-" + UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pool of 0 connections, not 1-100");
        assertThatThrownBy(() -> Database.open("jdbc:h2:mem:pool-" + UUID.randomUUID(), 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_explicit_url_wins_over_the_environment() {
        assertThat(Database.resolveUrl(POSTGRES, Map.of(Database.URL_VARIABLE, "jdbc:h2:mem:other")))
                .isEqualTo(POSTGRES);
    }

    @Test
    void the_environment_variable_is_used_when_no_url_is_given() {
        var environment = Map.of(Database.URL_VARIABLE, " " + POSTGRES + " ");

        assertThat(Database.resolveUrl(null, environment)).isEqualTo(POSTGRES);
        assertThat(Database.resolveUrl("  ", environment)).isEqualTo(POSTGRES);
    }

    @Test
    void without_url_or_environment_the_default_is_an_h2_file_under_the_working_directory() {
        assertThat(Database.resolveUrl(null, Map.of())).isEqualTo("jdbc:h2:file:./data/traguardi");
        assertThat(Database.resolveUrl("", Map.of(Database.URL_VARIABLE, ""))).isEqualTo(Database.DEFAULT_URL);
    }

    @Test
    void an_explicit_url_is_used_whatever_the_environment_of_this_process() {
        assertThat(Database.resolveUrl(POSTGRES)).isEqualTo(POSTGRES);
        assertThat(Database.resolveUrl(" jdbc:h2:mem:x ")).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void the_configured_database_is_opened_migrated_at_the_explicit_url() throws java.io.IOException {
        var url = "jdbc:h2:mem:configured-" + UUID.randomUUID();
        try (var configured = Database.openConfigured(" " + url + " ")) {
            assertThat(configured.migrationsApplied()).isEqualTo(migrationFiles());
            new PlanStore(configured.dataSource()).save(SamplePlans.sample(), false, TestActors.TESTER);
            // the same in-memory database, open meanwhile: already migrated, with the plan just saved
            try (var same = Database.open(url)) {
                assertThat(same.migrationsApplied()).isZero();
                assertThat(new PlanStore(same.dataSource()).list()).extracting(PlanSummary::entity)
                        .containsExactly(SamplePlans.ENTITY);
            }
        }
    }

    @Test
    void migrating_an_emptied_database_applies_every_migration_again() throws SQLException, java.io.IOException {
        try (var database = Database.open("jdbc:h2:mem:emptied-" + UUID.randomUUID())) {
            try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
                statement.execute("drop all objects");
            }

            assertThat(database.migrate()).isEqualTo(migrationFiles());
            new PlanStore(database.dataSource()).save(SamplePlans.sample(), false, TestActors.TESTER);
            assertThat(new PlanStore(database.dataSource()).load(SamplePlans.ENTITY, SamplePlans.YEAR))
                    .contains(SamplePlans.sample());
        }
    }

    @Test
    void h2_urls_are_put_in_postgresql_mode() {
        assertThat(Database.compatible("jdbc:h2:mem:x"))
                .isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void h2_files_are_shared_between_processes_unless_the_url_says_how_to_lock_or_serve_them() {
        var modes = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        assertThat(Database.compatible("jdbc:h2:file:./data/traguardi"))
                .isEqualTo("jdbc:h2:file:./data/traguardi" + modes + ";AUTO_SERVER=TRUE");
        assertThat(Database.compatible("jdbc:h2:./data/traguardi"))
                .isEqualTo("jdbc:h2:./data/traguardi" + modes + ";AUTO_SERVER=TRUE");
        assertThat(Database.compatible("jdbc:h2:file:/srv/t;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/srv/t;MODE=PostgreSQL;AUTO_SERVER=TRUE");
        assertThat(Database.compatible("jdbc:h2:file:/srv/t;auto_server=false"))
                .isEqualTo("jdbc:h2:file:/srv/t;auto_server=false" + modes);
        assertThat(Database.compatible("jdbc:h2:file:/srv/t;FILE_LOCK=NO"))
                .isEqualTo("jdbc:h2:file:/srv/t;FILE_LOCK=NO" + modes);
        assertThat(Database.compatible("jdbc:h2:tcp://db/t")).isEqualTo("jdbc:h2:tcp://db/t" + modes);
    }

    @Test
    void postgresql_urls_get_batched_inserts_rewritten() {
        assertThat(Database.compatible(POSTGRES)).isEqualTo(POSTGRES + "&reWriteBatchedInserts=true");
        assertThat(Database.compatible("jdbc:postgresql://db/traguardi"))
                .isEqualTo("jdbc:postgresql://db/traguardi?reWriteBatchedInserts=true");
    }

    @Test
    void urls_that_choose_their_own_settings_are_left_alone() {
        assertThat(Database.compatible("jdbc:h2:mem:x;mode=Oracle")).isEqualTo("jdbc:h2:mem:x;mode=Oracle");
        var unbatched = POSTGRES + "&reWriteBatchedInserts=false";
        assertThat(Database.compatible(unbatched)).isEqualTo(unbatched);
    }

    @Test
    void a_file_database_keeps_its_plans_after_being_closed_and_is_not_migrated_again(@TempDir Path folder)
            throws java.io.IOException {
        var url = "jdbc:h2:file:" + folder.resolve("kept") + ";USER=traguardi;PASSWORD=segreta";
        try (var database = Database.open(url)) {
            assertThat(database.migrationsApplied()).isEqualTo(migrationFiles());
            new PlanStore(database.dataSource()).save(SamplePlans.sample(), false, TestActors.TESTER);
        }

        try (var database = Database.open(url)) {
            assertThat(database.migrationsApplied()).isZero();
            assertThat(new PlanStore(database.dataSource()).load(SamplePlans.ENTITY, SamplePlans.YEAR))
                    .contains(SamplePlans.sample());
        }
    }

    @Test
    void a_database_that_cannot_be_reached_fails_to_open_naming_it_without_its_password() {
        assertThatThrownBy(() -> Database.open(
                "jdbc:postgresql://127.0.0.1:1/none?user=postgres&password=segreta&connectTimeout=2"))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.where()).isEqualTo(
                            "jdbc:postgresql://127.0.0.1:1/none?user=postgres&password=***&connectTimeout=2");
                    assertThat(e.reason()).contains("127.0.0.1:1").doesNotContain("\n");
                    assertThat(e.getMessage()).doesNotContain("segreta");
                });
    }

    @Test
    void a_closed_database_gives_no_more_connections() throws SQLException {
        var database = Database.open("jdbc:h2:mem:closed-" + UUID.randomUUID());
        new PlanStore(database.dataSource()).save(SamplePlans.sample(), false, TestActors.TESTER);
        try (var connection = database.dataSource().getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }

        database.close();

        assertThatThrownBy(() -> database.dataSource().getConnection()).isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    /** The portable migrations and H2's own (these tests open H2), counted apart from Flyway. */
    private static int migrationFiles() throws java.io.IOException {
        int count = 0;
        for (var folder : new String[] {"src/main/resources/db/migration", "src/main/resources/db/h2"}) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                count += (int) files.filter(f -> f.getFileName().toString().matches("V[\\d_]+__.*\\.sql")).count();
            }
        }
        return count;
    }
}
