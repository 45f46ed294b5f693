package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's row-level security as the second wall (db/postgresql/V015_1): the application runs
 * as a role that is no superuser, owns nothing and cannot bypass the policies, as the README tells
 * an installation to; the schema is made by the owner (the test's superuser), as migrations are.
 * With the thread's scope on Parma, a query that "forgot" its filter sees nothing of Modena, and a
 * write to Modena's rows is refused or reaches nothing.
 */
class RowLevelSecurityTest {

    static final String PARMA = "Parma";
    static final String MODENA = "Modena";
    static final int YEAR = SamplePlans.YEAR;
    static final String ROLE = "traguardi_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    static PostgresSchema schema;
    static Database owner;
    static Database app;
    static Stores stores;

    @BeforeAll
    static void schemaByTheOwnerAndTheApplicationAsARestrictedRole() throws SQLException {
        schema = PostgresSchema.create();
        owner = Database.open(schema.url());
        asServer("create role " + ROLE + " login nosuperuser nobypassrls",
                "grant usage on schema " + schema.name() + " to " + ROLE,
                "grant select, insert, update, delete on all tables in schema " + schema.name() + " to " + ROLE,
                "grant usage, select on all sequences in schema " + schema.name() + " to " + ROLE);
        app = Database.open(schema.url().replace("user=postgres", "user=" + ROLE));
        stores = Stores.on(app.dataSource());
        for (var entity : List.of(PARMA, MODENA)) {
            stores.plans().save(SamplePlans.sample(entity, YEAR), false, TestActors.TESTER);
            stores.values().record(entity, YEAR, List.of(value(3, "65")), TestActors.TESTER);
            stores.comments().add(entity, YEAR, new Comment(new NodeId(3), "nota di " + entity, "collaudo",
                    Instant.parse("2023-01-10T10:00:00Z")), TestActors.TESTER);
        }
    }

    @AfterEach
    void unrestricted() {
        EntityScope.lift();
    }

    @AfterAll
    static void dropAll() throws SQLException {
        try {
            if (app != null) {
                app.close();
            }
            if (owner != null) {
                owner.close();
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
            asServer("drop owned by " + ROLE, "drop role if exists " + ROLE);
        }
    }

    static ValueRecord value(int node, String amount) {
        return new ValueRecord(ValueTarget.indicator(new NodeId(node)), Period.of(YEAR),
                Value.of(new Quantity(new BigDecimal(amount), Unit.PERCENT)), Instant.parse("2023-01-10T10:00:00Z"),
                "ignorato", "");
    }

    @Test
    void the_application_role_is_no_superuser_and_cannot_bypass_the_policies() throws SQLException {
        try (var connection = app.dataSource().getConnection(); var select = connection.prepareStatement(
                "select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
                var row = select.executeQuery()) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(ROLE);
            assertThat(row.getBoolean(2)).isFalse();
            assertThat(row.getBoolean(3)).isFalse();
        }
    }

    @Test
    void a_query_that_forgot_its_filter_sees_only_the_entity_of_the_scope() throws SQLException {
        EntityScope.restrictTo(PARMA);

        // the sample plan has 14 nodes: all of them Parma's, none of Modena's
        assertThat(entitiesOf("select p.entity_id from plan_node n join plan p on p.id = n.plan_id"))
                .hasSize(14).containsOnly(idOf(PARMA));
        assertThat(rows("select plan_id from plan_node")).isEqualTo(14);
        assertThat(entitiesOf("select entity_id from plan")).containsExactly(idOf(PARMA));
        assertThat(entitiesOf("select entity_id from actual_value")).containsExactly(idOf(PARMA));
        assertThat(entitiesOf("select entity_id from node_comment")).containsExactly(idOf(PARMA));
        assertThat(rows("select 1 from indicator_target t join plan p on p.id = t.plan_id where p.entity_id = "
                + idOf(MODENA))).isZero();
        assertThat(rows("select 1 from audit_entry where entity = 'Modena'")).isZero();
        assertThat(rows("select 1 from audit_entry where entity = 'Parma'")).isEqualTo(rowsUnrestricted(
                "select 1 from audit_entry where entity = 'Parma'"));
    }

    @Test
    void the_stores_under_the_scope_find_nothing_of_another_entity() {
        var modenaPlan = stores.plans().load(MODENA, YEAR);
        assertThat(modenaPlan).isPresent();

        EntityScope.restrictTo(PARMA);

        // even though the plan store holds Modena's plan in its cache: the plan row decides
        assertThat(stores.plans().load(MODENA, YEAR)).isEmpty();
        assertThat(stores.plans().load(PARMA, YEAR)).contains(SamplePlans.sample(PARMA, YEAR));
        assertThat(stores.plans().list()).extracting(PlanSummary::entity).containsExactly(PARMA);
        assertThat(stores.values().history(MODENA, YEAR, ValueTarget.indicator(new NodeId(3)))).isEmpty();
        assertThat(stores.comments().of(MODENA, YEAR, new NodeId(3))).isEmpty();
        assertThat(stores.comments().of(PARMA, YEAR, new NodeId(3))).extracting(Comment::text)
                .containsExactly("nota di Parma");
    }

    @Test
    void a_write_to_another_entity_is_refused_by_the_policy() throws SQLException {
        EntityScope.restrictTo(PARMA);

        // a new row for Modena: refused outright
        assertThatThrownBy(() -> execute("insert into node_comment (entity_id, plan_year, node_key, body, author,"
                + " created_at) values (" + idOf(MODENA) + ", " + YEAR + ", 3, 'intruso', 'x', current_timestamp)"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("42501");
                    assertThat(e.getMessage()).contains("row-level security");
                });
        assertThatThrownBy(() -> stores.values().record(MODENA, YEAR, List.of(value(3, "99")), TestActors.TESTER))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        // Parma's own row moved to Modena: refused too
        assertThatThrownBy(() -> execute("update node_comment set entity_id = " + idOf(MODENA)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        // Modena's rows: out of sight, so an update or delete reaches none of them
        assertThat(execute("update plan_node set title = 'cambiato' where plan_id in (select id from plan)"))
                .isEqualTo(14);
        assertThat(execute("update plan_node set title = 'di nascosto'")).isEqualTo(14);
        assertThat(execute("delete from actual_value where entity_id = " + idOf(MODENA))).isZero();

        EntityScope.lift();
        assertThat(rowsUnrestricted("select 1 from plan_node n join plan p on p.id = n.plan_id where p.entity_id = "
                + idOf(MODENA) + " and n.title in ('cambiato', 'di nascosto')")).isZero();
        assertThat(stores.values().history(MODENA, YEAR, ValueTarget.indicator(new NodeId(3)))).hasSize(1);
        assertThat(rowsUnrestricted("select 1 from node_comment where body = 'intruso'")).isZero();
        // put Parma's titles back for the other tests
        var parma = SamplePlans.sample(PARMA, YEAR);
        stores.plans().replace(parma, stores.plans().version(PARMA, YEAR).orElseThrow(), TestActors.TESTER);
    }

    @Test
    void the_scope_follows_the_thread_over_the_same_pooled_connections() throws SQLException {
        for (int round = 0; round < 3; round++) {
            EntityScope.restrictTo(MODENA);
            assertThat(entitiesOf("select entity_id from plan")).containsExactly(idOf(MODENA));
            EntityScope.lift();
            assertThat(entitiesOf("select entity_id from plan")).containsExactlyInAnyOrder(idOf(PARMA), idOf(MODENA));
        }
    }

    @Test
    void a_connection_that_says_no_scope_sees_nothing() throws SQLException {
        var url = schema.url().replace("user=postgres", "user=" + ROLE);
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement();
                var row = statement.executeQuery("select count(*) from plan_node")) {
            row.next();
            assertThat(row.getLong(1)).isZero();
        }
    }

    @Test
    void an_entity_name_with_quotes_or_a_newline_names_only_itself() throws SQLException {
        EntityScope.restrictTo("Parma\"]\n[\"Modena");

        assertThat(rows("select 1 from plan")).isZero();
    }

    /**
     * Every table of the schema is behind a forced policy, but those of the installation (accounts,
     * the names of entities, the migrations' history): a table added by a later migration without
     * its policy fails here.
     */
    @Test
    void every_table_of_an_entitys_data_has_its_policy_forced() throws SQLException {
        var installation = Set.of("app_user", "user_grant", "user_session", "api_token", "login_failure",
                "pending_sign_on", "entity", "audit_chain", "housekeeping_lease", "flyway_schema_history");
        var unguarded = new ArrayList<String>();
        try (var connection = owner.dataSource().getConnection(); var select = connection.prepareStatement(
                "select c.relname, c.relrowsecurity and c.relforcerowsecurity"
                        + " and exists (select 1 from pg_policy p where p.polrelid = c.oid)"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = ? and c.relkind = 'r'")) {
            select.setString(1, schema.name());
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    if (!row.getBoolean(2) && !installation.contains(row.getString(1))) {
                        unguarded.add(row.getString(1));
                    }
                }
            }
        }
        assertThat(unguarded).as("tables of entity data without a forced row-level policy").isEmpty();
    }

    private static long idOf(String entity) throws SQLException {
        try (var connection = owner.dataSource().getConnection();
                var select = connection.prepareStatement("select id from entity where name = ?")) {
            select.setString(1, entity);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Long> entitiesOf(String sql) throws SQLException {
        try (var connection = app.dataSource().getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            var out = new ArrayList<Long>();
            while (rows.next()) {
                out.add(rows.getLong(1));
            }
            return out;
        }
    }

    private static int rows(String sql) throws SQLException {
        return entitiesOf(sql.replaceFirst("select .* from", "select 0 from")).size();
    }

    private static int rowsUnrestricted(String sql) throws SQLException {
        var restricted = EntityScope.current();
        EntityScope.lift();
        try {
            return rows(sql);
        } finally {
            restricted.ifPresent(EntityScope::restrictTo);
        }
    }

    private static int execute(String sql) throws SQLException {
        try (var connection = app.dataSource().getConnection(); var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static void asServer(String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(schema.serverUrl());
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
