package it.traguardi.store;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Archivio dei valori rilevati: the actual values of measures and indicators of an entity's plan
 * year, append-only. A correction adds a record; nothing recorded is ever changed or removed
 * (except with the entity itself). Deleting the plan archives its values: they are kept, and never
 * read again for a plan of the same entity and year.
 */
public final class ValueStore {

    private static final String INSERT = "insert into actual_value (entity_id, plan_year, target_kind, measure_code,"
            + " node_key, period_year, period_date, " + ValueColumns.BASELINE_COLUMNS
            + ", recorded_at, recorded_by, reason) values (?, ?, ?, ?, ?, ?, ?"
            + ", ?".repeat(ValueColumns.BASELINE_PARAMETERS) + ", ?, ?, ?)";
    // by the entity's id, read first: joined by name, H2 may plan the join as a walk over every
    // entity's values of the year (seconds on the national data set), not the plan index's few rows
    private static final String SELECT = """
            select v.* from actual_value v
            where v.entity_id = ? and v.plan_year = ? and v.archived_at is null and v.period_year = ? and\s""";
    private static final String ALL_PERIODS = """
            select v.* from actual_value v
            where v.entity_id = ? and v.plan_year = ? and v.archived_at is null and\s""";
    private static final String ORDER = " order by v.recorded_at, v.id";
    private static final String PERIODS = """
            select distinct v.period_date from actual_value v
            where v.entity_id = ? and v.plan_year = ? and v.archived_at is null and v.period_year = v.plan_year""";
    private static final String RECENT = """
            select v.* from actual_value v
            where v.entity_id = ? and v.plan_year = ? and v.archived_at is null
            order by v.recorded_at desc, v.id desc limit ?""";

    /** The id no entity has (identities start at 1): an entity without a row has no values. */
    private static final long NO_ENTITY = 0;

    private final DataSource dataSource;

    public ValueStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The entry of values for a plan by {@code actor}, with its entity's measure catalog, recorded
     * now to the microsecond (the precision stored), judged against the values and rules stored for
     * each period (the comment rule and the reason for a correction, docs/domain.md).
     */
    public ValueEntry entry(Plan plan, Actor actor) {
        var catalog = new MeasureStore(dataSource).list(plan.entity());
        var results = new PlanResults(dataSource);
        return ValueEntry.forPlan(plan, catalog, Instant.now().truncatedTo(ChronoUnit.MICROS),
                period -> results.snapshot(plan, period), actor.name());
    }

    /**
     * Adds the records by {@code actor} in one transaction, each with its audit entry (a first value
     * or a correction of the value it follows): all of them, or none when any fails. The author
     * stored is the actor, whoever the records name. The chain of the audit trail is locked before
     * the previous values are read, so concurrent corrections of one value each tell the value they
     * really followed; a record for a validated period refuses the whole write
     * ({@link PeriodLockedException}), checked under the same lock that a validation takes, so a value
     * is recorded before a validation or refused after it, never after it.
     */
    public void record(String entity, int year, List<ValueRecord> records, Actor actor) {
        Transactions.inTransaction(dataSource, "recording values of " + entity + " for " + year, connection -> {
            var entityId = Entities.idOf(connection, entity);
            // under the chain's lock, which closing a plan and validating a period take too: a value
            // is recorded before either or refused after it, never slipped in at the same moment
            AuditChain.lock(connection);
            PlanSaving.requireRecordable(connection, entityId, entity, year);
            refuseLocked(connection, entityId, entity, year, records);
            var audit = ValueAudit.of(connection, entityId, entity, year, records);
            var changes = new ArrayList<AuditChange>();
            try (var insert = connection.prepareStatement(INSERT)) {
                for (var record : records) {
                    changes.add(audit.change(record));
                    bind(insert, entityId, year, record, actor);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            AuditChain.append(connection, actor, changes);
            return null;
        });
    }

    private static void refuseLocked(Connection connection, long entityId, String entity, int year,
            List<ValueRecord> records) throws SQLException {
        for (var period : records.stream().map(ValueRecord::period).distinct().toList()) {
            var standing = ValidationStore.standing(connection, entityId, year, period);
            if (standing.isPresent()) {
                throw new PeriodLockedException(entity, year, standing.get());
            }
        }
    }

    /** Every record of one target and period, oldest first; the last one counts. */
    public List<ValueRecord> history(String entity, int year, ValueTarget target, Period period) {
        var sql = SELECT + periodCondition(period) + " and " + targetCondition(target) + ORDER;
        return read(entity, year, period, sql, (statement, index) -> bindTarget(statement, index, target));
    }

    private static String targetCondition(ValueTarget target) {
        return switch (target) {
            case ValueTarget.OfMeasure m -> "v.target_kind = 'MEASURE' and v.measure_code = ?";
            case ValueTarget.OfIndicator i -> "v.target_kind = 'INDICATOR' and v.node_key = ?";
        };
    }

    private static void bindTarget(PreparedStatement statement, int index, ValueTarget target) throws SQLException {
        switch (target) {
            case ValueTarget.OfMeasure m -> statement.setString(index, m.code());
            case ValueTarget.OfIndicator i -> statement.setInt(index, i.id().value());
        }
    }

    /**
     * Every record of one target in every period of the plan year: the dated periods first, in
     * date order, then the year; within a period oldest first, so the last one of each counts.
     */
    public List<ValueRecord> history(String entity, int year, ValueTarget target) {
        var sql = ALL_PERIODS + targetCondition(target) + " order by v.period_date, v.recorded_at, v.id";
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, Entities.find(connection, entity).orElse(NO_ENTITY));
            statement.setInt(2, year);
            bindTarget(statement, 3, target);
            return records(statement);
        } catch (SQLException e) {
            throw new StoreException("reading values of " + entity + " for " + year, e);
        }
    }

    /**
     * The periods of the plan year that have at least one value recorded (of any measure or
     * indicator): the dated ones in date order, then the year itself; none when nothing is recorded.
     */
    public List<Period> periods(String entity, int year) {
        var days = new java.util.TreeSet<LocalDate>();
        var whole = false;
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(PERIODS)) {
            statement.setLong(1, Entities.find(connection, entity).orElse(NO_ENTITY));
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    var day = row.getObject(1, LocalDate.class);
                    whole |= day == null;
                    if (day != null) {
                        days.add(day);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the periods of " + entity + " for " + year, e);
        }
        var out = new ArrayList<Period>(days.stream().map(Period.Day::new).toList());
        if (whole) {
            out.add(Period.of(year));
        }
        return out;
    }

    /** The last {@code limit} records of the plan year, of every target and period, newest first. */
    public List<ValueRecord> recent(String entity, int year, int limit) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(RECENT)) {
            statement.setLong(1, Entities.find(connection, entity).orElse(NO_ENTITY));
            statement.setInt(2, year);
            statement.setInt(3, limit);
            return records(statement);
        } catch (SQLException e) {
            throw new StoreException("reading values of " + entity + " for " + year, e);
        }
    }

    /** The value that counts of every measure and indicator recorded for the period. */
    public Map<ValueTarget, Value> latest(String entity, int year, Period period) {
        var out = new LinkedHashMap<ValueTarget, Value>();
        read(entity, year, period, SELECT + periodCondition(period) + ORDER, (statement, index) -> { })
                .forEach(record -> out.put(record.target(), record.value()));
        return out;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private List<ValueRecord> read(String entity, int year, Period period, String sql, Binder more) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, Entities.find(connection, entity).orElse(NO_ENTITY));
            statement.setInt(2, year);
            statement.setInt(3, period.year());
            var next = 4;
            if (period instanceof Period.Day day) {
                statement.setObject(next++, day.date());
            }
            more.bind(statement, next);
            return records(statement);
        } catch (SQLException e) {
            throw new StoreException("reading values of " + entity + " for " + year, e);
        }
    }

    private static List<ValueRecord> records(PreparedStatement statement) throws SQLException {
        var out = new ArrayList<ValueRecord>();
        try (var row = statement.executeQuery()) {
            while (row.next()) {
                out.add(record(row));
            }
        }
        return out;
    }

    /** The record of the current row of a query over {@code actual_value}. */
    static ValueRecord record(ResultSet row) throws SQLException {
        ValueTarget target = "MEASURE".equals(row.getString("target_kind"))
                ? ValueTarget.measure(row.getString("measure_code"))
                : ValueTarget.indicator(new NodeId(row.getInt("node_key")));
        var date = row.getObject("period_date", LocalDate.class);
        Period period = date == null ? Period.of(row.getInt("period_year")) : new Period.Day(date);
        var at = row.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new ValueRecord(target, period, ValueColumns.value(row), at, row.getString("recorded_by"),
                row.getString("reason"));
    }

    private static String periodCondition(Period period) {
        return switch (period) {
            case Period.Year y -> "v.period_date is null";
            case Period.Day d -> "v.period_date = ?";
        };
    }

    private static void bind(PreparedStatement insert, long entityId, int year, ValueRecord record, Actor actor)
            throws SQLException {
        insert.setLong(1, entityId);
        insert.setInt(2, year);
        switch (record.target()) {
            case ValueTarget.OfMeasure m -> {
                insert.setString(3, "MEASURE");
                insert.setString(4, m.code());
                insert.setNull(5, Types.INTEGER);
            }
            case ValueTarget.OfIndicator i -> {
                insert.setString(3, "INDICATOR");
                insert.setNull(4, Types.VARCHAR);
                insert.setInt(5, i.id().value());
            }
        }
        insert.setInt(6, record.period().year());
        Columns.setDate(insert, 7, record.period().day().orElse(null));
        ValueColumns.bind(insert, 8, record.value());
        var next = 8 + ValueColumns.BASELINE_PARAMETERS;
        insert.setObject(next, record.recordedAt().atOffset(ZoneOffset.UTC));
        insert.setString(next + 1, actor.name());
        insert.setString(next + 2, record.reason());
    }
}
