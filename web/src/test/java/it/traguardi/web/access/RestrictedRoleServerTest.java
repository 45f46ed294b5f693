package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import it.traguardi.core.account.Role;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PostgresSchema;
import it.traguardi.store.Stores;
import it.traguardi.web.RequestLimits;
import it.traguardi.web.TestActors;
import it.traguardi.web.WebServer;
import it.traguardi.web.access.Personas.Persona;
import it.traguardi.web.api.ApiClient;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole application on PostgreSQL as a role that row-level security restricts (no superuser,
 * owns nothing, no BYPASSRLS), as the README tells an installation to run it; the schema made by
 * its owner. Requests about an entity run restricted to it and still work, pages and API, reads
 * and writes with their audit entries; the archive's pages, unrestricted, still list every entity.
 */
class RestrictedRoleServerTest {

    private static final String ROLE = "traguardi_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final Persona MODENA_PLANNER = Personas.of(Personas.A, Role.PIANIFICATORE);
    private static final Persona PARMA_PLANNER = Personas.of(Personas.B, Role.PIANIFICATORE);

    private static PostgresSchema schema;
    private static Database owner;
    private static Database restricted;
    private static Javalin app;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        schema = PostgresSchema.create();
        var url = schema.url();
        owner = Database.open(url);
        var seed = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        var plans = new PlanStore(owner.dataSource());
        plans.save(seed, false, TestActors.TESTER);
        plans.save(new Plan("Parma", seed.year(), seed.baselineYears(), seed.targetYears(), seed.areas(),
                seed.lastIssuedId()), false, TestActors.TESTER);
        execute("create role " + ROLE + " login nosuperuser nobypassrls",
                "grant usage on schema " + schema.name() + " to " + ROLE,
                "grant select, insert, update, delete on all tables in schema " + schema.name() + " to " + ROLE,
                "grant usage, select on all sequences in schema " + schema.name() + " to " + ROLE);
        restricted = Database.open(url.replace("user=postgres", "user=" + ROLE));
        app = WebServer.create(Stores.on(restricted.dataSource()), new RolePolicy(PublishedPlans.NONE),
                RequestLimits.DEFAULTS, Personas.REQUESTERS).start("127.0.0.1", 0);
        api = new ApiClient(app.port());
    }

    @AfterAll
    static void stop() throws SQLException {
        try {
            if (app != null) {
                app.stop();
            }
            for (var database : new Database[] {restricted, owner}) {
                if (database != null) {
                    database.close();
                }
            }
        } finally {
            if (schema != null) {
                try {
                    schema.close();
                } finally {
                    execute("drop owned by " + ROLE, "drop role if exists " + ROLE);
                }
            }
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(schema.serverUrl()); var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void a_person_of_modena_reads_and_writes_modena_under_the_restriction_and_the_trail_records_it() throws Exception {
        var tree = api.get("/piani/Modena/2022", MODENA_PLANNER.header());
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.response().body()).contains("Modena");

        var json = "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"120\", \"reason\": \"dato di fine anno\"}]";
        var written = api.send("POST", "/api/v1/plans/Modena/2022/values", "application/json",
                json.getBytes(StandardCharsets.UTF_8), MODENA_PLANNER.header());
        assertThat(written.status()).as(written.response().body()).isEqualTo(201);

        var audit = api.get("/api/v1/plans/Modena/2022/audit?kind=value_recorded", MODENA_PLANNER.header());
        assertThat(audit.status()).as(audit.response().body()).isEqualTo(200);
        assertThat(audit.response().body()).contains("D1.1_10", MODENA_PLANNER.requester().name());
        assertThat(new AuditTrail(owner.dataSource()).verify()).isInstanceOf(ChainCheck.Intact.class);
    }

    @Test
    void the_archive_lists_every_entity_and_a_refusal_about_another_entity_is_recorded() throws Exception {
        var home = api.get("/", Personas.ADMIN.header());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.response().body()).contains("/piani/Modena/2022", "/piani/Parma/2022");

        var trail = new AuditTrail(owner.dataSource());
        long refusals = trail.count(AuditFilter.EVERYTHING.withKind(ChangeKind.ACCESS_DENIED));
        assertThat(api.get("/piani/Modena/2022", PARMA_PLANNER.header()).status()).isEqualTo(403);
        assertThat(trail.count(AuditFilter.EVERYTHING.withKind(ChangeKind.ACCESS_DENIED))).isEqualTo(refusals + 1);
        assertThat(api.get("/piani/Parma/2022", PARMA_PLANNER.header()).status()).isEqualTo(200);
    }
}
