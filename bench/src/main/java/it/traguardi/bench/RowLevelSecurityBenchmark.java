package it.traguardi.bench;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.EntityScope;
import it.traguardi.store.Stores;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What row-level security costs the reads of a plan page on PostgreSQL (issue 9, item 4): the
 * stored plan (its row's version, then the cache) and the latest values of the Modena 2022 seed,
 * among the plans of 20 entities, read as the superuser the tests use (no policy applies: the
 * figure of before) and as a role the policies restrict. {@code sameScope} is a run of requests
 * about one entity (each connection keeps the scope it carries); {@code alternatingScope}
 * alternates a request about the entity with one about the archive, so every read first sets
 * the scope on its connection (one round trip more). Needs the PostgreSQL server of the tests
 * ({@code TRAGUARDI_BENCH_POSTGRES} may name another).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RowLevelSecurityBenchmark {

    private static final String SERVER = System.getenv().getOrDefault("TRAGUARDI_BENCH_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final int ENTITIES = 20;

    @Param({"superuser", "restricted"})
    public String role;

    private final String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
    private final String restrictedRole = "traguardi_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private Database owner;
    private Database app;
    private Stores stores;
    private int calls;

    @Setup(Level.Trial)
    public void open() throws ImportException, SQLException {
        execute("create schema " + schema);
        var url = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        owner = Database.open(url);
        var seed = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        var ownerStores = Stores.on(owner.dataSource());
        for (int i = 0; i < ENTITIES; i++) {
            var entity = i == 0 ? "Modena" : "Ente " + i;
            ownerStores.plans().save(new Plan(entity, seed.year(), seed.baselineYears(), seed.targetYears(),
                    seed.areas(), seed.lastIssuedId()), false, BenchActor.BENCH);
            // a value for every indicator of every entity: the policies have foreign rows to filter out
            ownerStores.values().record(entity, seed.year(), seed.indicators().map(indicator -> new ValueRecord(
                    ValueTarget.indicator(indicator.id()), Period.of(seed.year()),
                    Value.of(new Quantity(BigDecimal.TEN, Unit.COUNT)), Instant.parse("2023-01-10T10:00:00Z"),
                    "banco di prova", "")).toList(), BenchActor.BENCH);
        }
        if (role.equals("restricted")) {
            execute("create role " + restrictedRole + " login nosuperuser nobypassrls",
                    "grant usage on schema " + schema + " to " + restrictedRole,
                    "grant select, insert, update, delete on all tables in schema " + schema + " to " + restrictedRole,
                    "grant usage, select on all sequences in schema " + schema + " to " + restrictedRole);
            app = Database.open(url.replaceFirst("user=[^&]*", "user=" + restrictedRole));
        } else {
            app = Database.open(url);
        }
        stores = Stores.on(app.dataSource());
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        EntityScope.lift();
        app.close();
        owner.close();
        execute("drop schema " + schema + " cascade");
        if (role.equals("restricted")) {
            execute("drop owned by " + restrictedRole, "drop role " + restrictedRole);
        }
    }

    /** Requests about Modena one after another (94 values: one per indicator of the seed). */
    @Benchmark
    public Map<?, Value> sameScope() {
        EntityScope.restrictTo("Modena");
        return page();
    }

    /** A request about Modena, then one about the archive, and so on. */
    @Benchmark
    public Map<?, Value> alternatingScope() {
        if (calls++ % 2 == 0) {
            EntityScope.restrictTo("Modena");
        } else {
            EntityScope.lift();
        }
        return page();
    }

    private Map<?, Value> page() {
        var plan = stores.plans().load("Modena", 2022).orElseThrow();
        return stores.values().latest(plan.entity(), plan.year(), Period.of(plan.year()));
    }

    private static void execute(String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER); var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
