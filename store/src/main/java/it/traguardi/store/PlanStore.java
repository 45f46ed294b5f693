package it.traguardi.store;

import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.plan.Plan;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Archivio dei piani: saves, loads, lists and deletes whole plans, one per entity and year.
 * Every operation is one transaction; entity names compare exactly (case-sensitive).
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
    private static final String DELETE = """
            delete from plan where plan_year = ? and entity_id = (select id from entity where name = ?)""";
    private static final String DELETE_VERSION = DELETE + " and version = ?";
    private static final String VERSION = """
            select p.version from plan p join entity e on e.id = p.entity_id where e.name = ? and p.plan_year = ?""";

    private final DataSource dataSource;
    private final PlanCache cache = new PlanCache();

    public PlanStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The database the plans are stored in, which also holds their measures and values. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Writes the whole plan in one transaction, all or nothing, with the measures its formulas use
     * that the entity's catalog lacks. When the entity already has a plan
     * for that year, {@code replace} decides: false refuses with {@link PlanExistsException} and
     * changes nothing; true deletes the old plan and writes the new one as its next version.
     */
    public void save(Plan plan, boolean replace) {
        write(plan, connection -> PlanWriter.save(connection, plan, replace));
    }

    /**
     * Replaces the stored plan only if it is still version {@code expectedVersion}; otherwise
     * throws {@link PlanChangedException} (also when no plan is stored) and changes nothing. The
     * version is compared on the locked row, in the same transaction as the write.
     */
    public void replace(Plan plan, int expectedVersion) {
        write(plan, connection -> PlanWriter.replace(connection, plan, expectedVersion));
    }

    private interface Write {
        void run(Connection connection) throws SQLException;
    }

    private void write(Plan plan, Write write) {
        Transactions.inTransaction(dataSource, "saving the plan of " + plan.entity() + " for " + plan.year(),
                connection -> {
                    write.run(connection);
                    MeasureStore.addMissing(connection, plan.entity(), PlanMeasures.of(plan));
                    return null;
                });
    }

    /** The plan of an entity for a year, exactly as it was saved, if there is one. */
    public Optional<Plan> load(String entity, int year) {
        try (var connection = dataSource.getConnection()) {
            // one snapshot for the four queries, so a plan replaced meanwhile is read whole, old or new
            var isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return new PlanReader(connection, cache).read(entity, year);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("loading the plan of " + entity + " for " + year, e);
        }
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

    /** Deletes the plan of an entity for a year; false when there was none. */
    public boolean delete(String entity, int year) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(DELETE)) {
            statement.setInt(1, year);
            statement.setString(2, entity);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("deleting the plan of " + entity + " for " + year, e);
        }
    }

    /**
     * Deletes the plan only if it is still version {@code expectedVersion}: false when there was
     * none, {@link PlanChangedException} when another version is stored (and nothing is deleted).
     */
    public boolean delete(String entity, int year, int expectedVersion) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(DELETE_VERSION)) {
            statement.setInt(1, year);
            statement.setString(2, entity);
            statement.setInt(3, expectedVersion);
            if (statement.executeUpdate() > 0) {
                return true;
            }
        } catch (SQLException e) {
            throw new StoreException("deleting the plan of " + entity + " for " + year, e);
        }
        var current = version(entity, year);
        if (current.isEmpty()) {
            return false;
        }
        throw new PlanChangedException(entity, year, expectedVersion, current);
    }

    /** The stored version of a plan (1 when first saved, one more at every replacement), if stored. */
    public Optional<Integer> version(String entity, int year) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(VERSION)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the version of the plan of " + entity + " for " + year, e);
        }
    }
}
