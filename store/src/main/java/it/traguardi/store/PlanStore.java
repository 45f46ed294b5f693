package it.traguardi.store;

import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.plan.NodeMatching;
import it.traguardi.core.plan.Plan;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Archivio dei piani: saves, loads, lists and deletes whole plans, one per entity and year.
 * Every operation is one transaction, with the audit entries of what it changed, made by the
 * {@link Actor} every write names; entity names compare exactly (case-sensitive).
 */
public final class PlanStore {

    private static final String LIST = """
            select e.name, p.plan_year, p.version, p.created_at,
                count(case when n.kind = 'AREA' then 1 end) as areas,
                count(case when n.kind = 'STRATEGIC_OBJECTIVE' then 1 end) as strategic,
                count(case when n.kind = 'OPERATIONAL_OBJECTIVE' then 1 end) as operational,
                count(case when n.kind = 'INDICATOR' then 1 end) as indicators
            from plan p join entity e on e.id = p.entity_id left join plan_node n on n.plan_id = p.id
            group by e.name, p.plan_year, p.version, p.created_at""";
    private static final String VERSION = """
            select p.version from plan p join entity e on e.id = p.entity_id where e.name = ? and p.plan_year = ?""";

    /**
     * SQLSTATEs of a write that met another writer of the same rows: H2's lock timeout and
     * concurrent update, PostgreSQL's serialization failure, deadlock and lock not available.
     */
    private static final Set<String> BUSY = Set.of("HYT00", "90131", "40001", "40P01", "55P03");

    private final DataSource dataSource;
    private final PlanCache cache = new PlanCache();
    private final PlanLifecycle lifecycle;

    public PlanStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.lifecycle = new PlanLifecycle(dataSource, cache);
    }

    /** The lifecycle of the plans (states, approvals, revisions, approved versions), on the same cache. */
    public PlanLifecycle lifecycle() {
        return lifecycle;
    }

    /** The database the plans are stored in, which also holds their measures and values. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Writes the whole plan in one transaction, all or nothing, with the measures its formulas use
     * that the entity's catalog lacks. When the entity already has a plan for that year,
     * {@code replace} decides: false refuses with {@link PlanExistsException} and changes nothing;
     * true takes the plan as a new reading of the stored one (a corrected file imported again):
     * its nodes are matched with the stored nodes ({@link NodeMatching}), each node recognised
     * keeps its identity with its values and comments, and the plan is stored as the next version.
     * Returns the replacement when there was a stored plan.
     */
    public Optional<Replacement> save(Plan plan, boolean replace, Actor actor) {
        return write(plan, replace ? PlanSaving.Kind.REPLACE_READING : PlanSaving.Kind.CREATE, Optional.empty(), actor);
    }

    /**
     * As {@link #save(Plan, boolean)} with replace, but only over the stored version
     * {@code expectedVersion} ({@link PlanChangedException} otherwise, and nothing changes).
     */
    public Replacement replaceReading(Plan plan, int expectedVersion, Actor actor) {
        return write(plan, PlanSaving.Kind.REPLACE_READING, Optional.of(expectedVersion), actor).orElseThrow();
    }

    /**
     * Saves an edit of the stored plan (its node ids are the stored ones) only if the plan is still
     * version {@code expectedVersion}; otherwise throws {@link PlanChangedException} (also when no
     * plan is stored) and changes nothing. The version is compared on the locked row, in the same
     * transaction as the write.
     */
    public void replace(Plan plan, int expectedVersion, Actor actor) {
        write(plan, PlanSaving.Kind.REPLACE_EDITED, Optional.of(expectedVersion), actor);
    }

    private Optional<Replacement> write(Plan plan, PlanSaving.Kind kind, Optional<Integer> expected, Actor actor) {
        return busyAsConflict(plan.entity(), plan.year(), () -> Transactions.inTransaction(dataSource, "saving the plan of " + plan.entity() + " for " + plan.year(),
                connection -> {
                    var matching = PlanSaving.save(connection, plan, kind, expected, cache, actor);
                    var added = MeasureStore.addMissing(connection, plan.entity(), PlanMeasures.of(plan));
                    AuditChain.append(connection, actor, added.stream()
                            .map(m -> MeasureStore.audit(plan.entity(), Optional.empty(), m)).toList());
                    if (matching.isEmpty()) {
                        return Optional.<Replacement>empty();
                    }
                    // the version this transaction wrote, on the row it holds locked: one more than the replaced one
                    var written = version(connection, plan.entity(), plan.year()).orElseThrow();
                    return Optional.of(replacement(connection, plan, matching.get(), written - 1));
                }));
    }

    private static <T> T busyAsConflict(String entity, int year, Supplier<T> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            if (BUSY.contains(e.sqlState())) {
                throw new PlanBusyException(entity, year, e);
            }
            throw e;
        }
    }

    /**
     * What saving {@code incoming} with replace would do to the stored plan, without writing:
     * the same matching the save computes. Empty when no plan is stored for its entity and year.
     */
    public Optional<Replacement> preview(Plan incoming) {
        return inSnapshot("previewing the plan of " + incoming.entity() + " for " + incoming.year(), connection -> {
            var version = version(connection, incoming.entity(), incoming.year());
            var stored = new PlanReader(connection, cache).read(incoming.entity(), incoming.year());
            if (stored.isEmpty() || version.isEmpty()) {
                return Optional.<Replacement>empty();
            }
            return Optional.of(replacement(connection, incoming, NodeMatching.of(stored.get(), incoming), version.get()));
        });
    }

    private static Replacement replacement(Connection connection, Plan plan, NodeMatching matching,
            int storedVersion) throws SQLException {
        var entityId = Entities.find(connection, plan.entity()).orElseThrow();
        return new Replacement(matching, storedVersion, NodeRecords.values(connection, entityId, plan.year()),
                NodeRecords.comments(connection, entityId, plan.year()));
    }

    /** The plan of an entity for a year, exactly as it was saved, if there is one. */
    public Optional<Plan> load(String entity, int year) {
        return inSnapshot("loading the plan of " + entity + " for " + year,
                connection -> new PlanReader(connection, cache).read(entity, year));
    }

    /**
     * The plan of an entity for a year with its version, both read in one snapshot: the version is
     * the one of the very rows the plan was read from, so a body and its ETag always agree.
     */
    public Optional<Versioned> loadVersioned(String entity, int year) {
        return inSnapshot("loading the plan of " + entity + " for " + year,
                connection -> new PlanReader(connection, cache).readVersioned(entity, year));
    }

    /** Reads in one snapshot, so a plan replaced meanwhile is read whole, old or new. */
    private <T> T inSnapshot(String operation, Transactions.Work<T> work) {
        return Transactions.inSnapshot(dataSource, operation, work);
    }

    /** Every stored plan, ordered by entity (as Java orders strings, on every database) and year. */
    public List<PlanSummary> list() {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(LIST);
                var row = statement.executeQuery()) {
            var out = new ArrayList<PlanSummary>();
            while (row.next()) {
                out.add(new PlanSummary(row.getString("name"), row.getInt("plan_year"), row.getInt("version"),
                        row.getInt("areas"), row.getInt("strategic"), row.getInt("operational"),
                        row.getInt("indicators"), row.getObject("created_at", OffsetDateTime.class).toInstant()));
            }
            return out.stream()
                    .sorted(Comparator.comparing(PlanSummary::entity).thenComparingInt(PlanSummary::year))
                    .collect(Collectors.toUnmodifiableList());
        } catch (SQLException e) {
            throw new StoreException("listing the plans", e);
        }
    }

    /**
     * Deletes the plan of an entity for a year; false when there was none. Its values and comments
     * are archived (kept, never shown on a later plan of the same entity and year); its scoring
     * rules are deleted.
     */
    public boolean delete(String entity, int year, Actor actor) {
        return deleteIf(entity, year, Optional.empty(), actor);
    }

    /**
     * Deletes the plan only if it is still version {@code expectedVersion}: false when there was
     * none, {@link PlanChangedException} when another version is stored (and nothing is deleted).
     */
    public boolean delete(String entity, int year, int expectedVersion, Actor actor) {
        return deleteIf(entity, year, Optional.of(expectedVersion), actor);
    }

    private boolean deleteIf(String entity, int year, Optional<Integer> expected, Actor actor) {
        return busyAsConflict(entity, year, () -> Transactions.inTransaction(dataSource,
                "deleting the plan of " + entity + " for " + year,
                connection -> PlanSaving.delete(connection, entity, year, expected, cache, actor)));
    }

    /** The stored version of a plan (1 when first saved, one more at every replacement), if stored. */
    public Optional<Integer> version(String entity, int year) {
        try (var connection = dataSource.getConnection()) {
            return version(connection, entity, year);
        } catch (SQLException e) {
            throw new StoreException("reading the version of the plan of " + entity + " for " + year, e);
        }
    }

    private static Optional<Integer> version(Connection connection, String entity, int year) throws SQLException {
        try (var statement = connection.prepareStatement(VERSION)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
            }
        }
    }
}
