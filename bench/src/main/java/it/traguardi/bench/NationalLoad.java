package it.traguardi.bench;

import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.store.Database;
import it.traguardi.store.Stores;
import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 12's national data set, written into a database (PostgreSQL) through the store's own writers,
 * as a real import writes it: {@code --entities} entities ({@value #NATIONAL_ENTITIES} by default,
 * {@code Ente 0001}, ...) with one plan for {@value #NATIONAL_YEAR} of 150 indicators (3 areas of the
 * {@link NationalDataset} shape, half with a formula) and its values for two periods, each plan then
 * approved and published (so the public reads it); then, unless {@code --no-chambers}, the
 * {@link NationalDataset} proper (100 chambers × 3 years × 200 indicators, left as drafts).
 *
 * <p>Every plan shares the indicator {@value NationalDataset#PAYMENT_TIMELINESS} "Tempestività dei
 * pagamenti". Deterministic (the random source of a plan is seeded by its entity and year) and
 * resumable: a plan already stored is passed over, so a run stopped half way is completed by running
 * it again; on PostgreSQL it ends with {@code vacuum analyze}, so that the planner knows the tables'
 * sizes and the index-only scans of a freshly loaded table need not visit its rows (visibility map).
 * The writers run on {@code --threads} threads (4) of the store's pool; the bench threads
 * are never restricted to an entity ({@code store.EntityScope}), so on PostgreSQL their connections
 * carry the setting that lets every entity's rows through the row-level security.
 *
 * <p>{@code NationalLoad --db jdbc:postgresql://127.0.0.1:5432/traguardi_national?user=postgres
 * [--entities 8000] [--threads 4] [--no-chambers]}
 */
public final class NationalLoad {

    static final int NATIONAL_ENTITIES = 8_000;
    static final int NATIONAL_YEAR = 2025;
    private static final int NATIONAL_AREAS = 3;

    private NationalLoad() {
    }

    /** The name of the {@code number}-th (from 1) entity of the national set. */
    static String entity(int number) {
        return "Ente %04d".formatted(number);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        var url = option(args, "--db", null);
        if (url == null) {
            System.err.println("usage: NationalLoad --db JDBC_URL [--entities 8000] [--threads 4] [--no-chambers]");
            System.exit(64);
        }
        var entities = Integer.parseInt(option(args, "--entities", String.valueOf(NATIONAL_ENTITIES)));
        var threads = Integer.parseInt(option(args, "--threads", "4"));
        var chambers = !java.util.List.of(args).contains("--no-chambers");
        try (var database = Database.open(url)) {
            var stores = Stores.on(database.dataSource());
            var start = System.nanoTime();
            run(threads, entities, "national", n -> national(stores, n));
            if (chambers) {
                run(threads, NationalDataset.ENTITIES * NationalDataset.YEARS, "chambers", n -> chamber(stores, n));
            }
            if (database.isPostgres()) {
                // fresh statistics: planned on the empty tables' estimates, the comparison query nests loops over
                // 8,000 rows; and the visibility map, without which its index-only scan fetches 8,000 heap pages
                // until autovacuum comes by
                try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
                    statement.execute("vacuum analyze");
                }
            }
            System.out.printf("[national-data] done in %s%n", Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** One unit of work: stores the {@code n}-th plan (from 1) unless stored; whether it wrote it. */
    private interface Unit {
        boolean store(int n);
    }

    private static void run(int threads, int count, String name, Unit unit) throws InterruptedException {
        var next = new AtomicInteger();
        var written = new AtomicInteger();
        var done = new AtomicInteger();
        var start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int n = next.incrementAndGet(); n <= count; n = next.incrementAndGet()) {
                        try {
                            if (unit.store(n)) {
                                written.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            // told, never swallowed by the pool: a run again completes what failed (resume)
                            System.out.printf("[national-data] %s: plan %d failed, run again to complete: %s%n", name, n, e);
                        }
                        progress(name, done.incrementAndGet(), count, written.get(), start);
                    }
                    return null;
                });
            }
        }
        System.out.printf("[national-data] %s: %d plans, %d written now, in %s%n", name, count, written.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void progress(String name, int done, int count, int written, long start) {
        if (done % 100 == 0 || done == count) {
            var seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("[national-data] %s: %d/%d (%d written) in %.0f s, %.1f plans/s%n", name, done, count,
                    written, seconds, written / Math.max(seconds, 0.001));
        }
    }

    /** The national entity's plan: saved, its values recorded, approved and published. */
    private static boolean national(Stores stores, int number) {
        var entity = entity(number);
        if (stores.plans().version(entity, NATIONAL_YEAR).isPresent()) {
            return false;
        }
        var random = new SplittableRandom(number * 10_000L + NATIONAL_YEAR);
        var plan = NationalDataset.plan(entity, NATIONAL_YEAR, NATIONAL_AREAS, random);
        stores.plans().save(plan, false, BenchActor.BENCH);
        NationalDataset.values(plan, random).forEach((period, records) ->
                stores.values().record(entity, NATIONAL_YEAR, records, BenchActor.BENCH));
        var lifecycle = stores.plans().lifecycle();
        var act = new ApprovingAct(String.valueOf(number), LocalDate.of(NATIONAL_YEAR, 1, 31));
        var approved = lifecycle.change(entity, NATIONAL_YEAR, new Transition.Approve(act), 1, BenchActor.BENCH);
        lifecycle.change(entity, NATIONAL_YEAR, new Transition.Publish(),
                approved.orElseThrow().version(), BenchActor.BENCH);
        return true;
    }

    /** The {@code n}-th plan (from 1) of the {@link NationalDataset}: entity by entity, year by year. */
    private static boolean chamber(Stores stores, int n) {
        var entity = NationalDataset.entity((n - 1) / NationalDataset.YEARS + 1);
        var year = NationalDataset.FIRST_YEAR + (n - 1) % NationalDataset.YEARS;
        if (stores.plans().version(entity, year).isPresent()) {
            return false;
        }
        var entry = NationalDataset.entry(entity, (n - 1) / NationalDataset.YEARS + 1, year);
        stores.plans().save(entry.plan(), false, BenchActor.BENCH);
        entry.values().forEach((period, records) -> stores.values().record(entity, year, records, BenchActor.BENCH));
        return true;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
