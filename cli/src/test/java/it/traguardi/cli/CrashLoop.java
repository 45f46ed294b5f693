package it.traguardi.cli;

import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.values.ValuesCsv;
import it.traguardi.store.Actor;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import it.traguardi.store.Database;
import it.traguardi.store.EditSnapshots;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.PlanStore;
import it.traguardi.store.ValueStore;
import it.traguardi.web.plan.edit.EditablePlans;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The child process of {@link CrashSafetyTest}: opens the database and repeats one operation of the
 * store, the same calls the command line and the web make, until it is killed. Before each write
 * it prints {@code begin}, after its commit {@code end}, so the test knows where the kill landed.
 * Usage: {@code CrashLoop JDBC_URL import|values|copy|revision}; the database is migrated already.
 */
final class CrashLoop {

    /** The plan every operation works on, and the years the writes go to. */
    static final int BASE_YEAR = 2022;
    static final int IMPORT_YEAR = 2040;
    static final int REVISED_YEAR = 2030;
    static final Actor ACTOR = new Actor("crash-test", "127.0.0.1");

    private final PlanStore plans;
    private final ValueStore values;
    private final MeasureStore measures;
    private final EditablePlans editable;
    private final PrintStream out = System.out;
    private final Plan imported = seed(IMPORT_YEAR);
    private final String entity = imported.entity();

    private CrashLoop(DataSource dataSource) {
        this.plans = new PlanStore(dataSource);
        this.values = new ValueStore(dataSource);
        this.measures = new MeasureStore(dataSource);
        this.editable = new EditablePlans(plans, values, measures, new EditSnapshots(dataSource));
    }

    public static void main(String[] args) {
        try (var pool = pool(args[0])) {
            var loop = new CrashLoop(pool);
            loop.out.println("ready");
            loop.out.flush();
            for (int round = 1; ; round++) {
                loop.once(args[1], round);
            }
        }
    }

    /**
     * The database as {@link Database#open} opens it, without running Flyway: the test has migrated
     * it, and a child that starts sooner is killed more often per minute. The settings are those
     * {@code Database.compatible} adds (PostgreSQL mode and a shared file on H2, batched inserts on
     * PostgreSQL).
     */
    private static HikariDataSource pool(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(url.startsWith("jdbc:h2:")
                ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
                : url + "&reWriteBatchedInserts=true");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    /** The seed plan (the Modena 2022 demo) read as the plan of {@code year}. */
    static Plan seed(int year) {
        try {
            return AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), new Overrides(null, year)).plan();
        } catch (ImportException e) {
            throw new IllegalStateException("the demo plan does not read", e);
        }
    }

    /** The plans the operations work on: the seed as 2022 (values, copy) and as 2030, approved (revision). */
    static void prepare(String url) {
        try (var database = Database.open(url)) {
            var plans = new PlanStore(database.dataSource());
            plans.save(seed(BASE_YEAR), false, ACTOR);
            var revised = seed(REVISED_YEAR);
            plans.save(revised, false, ACTOR);
            plans.lifecycle().change(revised.entity(), REVISED_YEAR,
                    new Transition.Approve(new ApprovingAct("1", LocalDate.of(2030, 1, 15))), 1, ACTOR);
        }
    }

    /** The same java and class path as this test; a quick start matters more than top speed here. */
    static List<String> command(String url, String operation) {
        var java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashLoop.class.getName(), url, operation);
    }

    private void once(String operation, int round) {
        switch (operation) {
            // a plan saved, then deleted; a kill between the two leaves it stored, and the next child deletes it first
            case "import" -> write(stored(IMPORT_YEAR) ? () -> plans.delete(entity, IMPORT_YEAR, ACTOR)
                    : () -> plans.save(imported, false, ACTOR));
            case "values" -> valuesBatch(round);
            case "copy" -> write(stored(BASE_YEAR + 1) ? () -> plans.delete(entity, BASE_YEAR + 1, ACTOR)
                    : () -> editable.copy(entity, BASE_YEAR, ACTOR));
            case "revision" -> revision(round);
            default -> throw new IllegalArgumentException(operation);
        }
    }

    private boolean stored(int year) {
        return plans.version(entity, year).isPresent();
    }

    /** Every measure of the plan's catalog gets a value in one CSV, read as {@code values import} reads it. */
    private void valuesBatch(int round) {
        var plan = plans.load(entity, BASE_YEAR).orElseThrow();
        var lines = new ArrayList<>(List.of(ValuesCsv.HEADER_WITH_REASON));
        for (var measure : measures.list(plan.entity())) {
            lines.add(measure.code() + ";" + BASE_YEAR + ";" + value(measure, round) + ";giro " + round);
        }
        var reading = ValuesCsv.read(lines, values.entry(plan, ACTOR));
        if (!reading.clean()) {
            throw new IllegalStateException("the batch does not read: " + reading.problems());
        }
        write(() -> values.record(plan.entity(), BASE_YEAR, reading.records(), ACTOR));
    }

    private static String value(Measure measure, int round) {
        return switch (measure.unit()) {
            case DATE -> "31-10-2022";
            case YES_NO -> round % 2 == 0 ? "SI" : "NO";
            case COUNT, PERCENT, DAYS, EURO, UNSPECIFIED -> String.valueOf(round % 97 + 1);
        };
    }

    /** A revision begun, one indicator renamed, the revision approved: three transactions. */
    private void revision(int round) {
        var lifecycle = plans.lifecycle();
        var status = lifecycle.status(entity, REVISED_YEAR).orElseThrow();
        if (!status.lifecycle().revising()) {
            write(() -> lifecycle.change(entity, REVISED_YEAR, new Transition.Revise("giro " + round),
                    status.version(), ACTOR));
        }
        var current = plans.loadVersioned(entity, REVISED_YEAR).orElseThrow();
        var first = current.plan().nodes().stream().filter(Indicator.class::isInstance).findFirst().orElseThrow();
        var renamed = PlanEdits.edit(current.plan(), first.id(), first.code(), "Indicatore rivisto al giro " + round,
                first.weight());
        write(() -> plans.replace(renamed, current.version(), ACTOR));
        var edited = lifecycle.status(entity, REVISED_YEAR).orElseThrow();
        write(() -> lifecycle.change(entity, REVISED_YEAR,
                new Transition.Approve(new ApprovingAct(String.valueOf(round), LocalDate.of(2030, 1, 31))),
                edited.version(), ACTOR));
    }

    private void write(Runnable write) {
        out.println("begin");
        out.flush();
        write.run();
        out.println("end");
        out.flush();
    }
}
