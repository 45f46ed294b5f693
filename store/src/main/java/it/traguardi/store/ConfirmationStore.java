package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.validation.Confirmation;
import it.traguardi.core.value.ItalianFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
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
 * Archivio delle conferme: the responsabile's confirmations of the values of a period. A
 * confirmation names the value it confirmed (the latest of its measure or indicator and period when
 * it was made); a later value makes it stale, so the value waits to be confirmed again.
 */
public final class ConfirmationStore {

    private static final String LATEST_VALUES = """
            select v.* from actual_value v where v.entity_id = ? and v.plan_year = ? and v.archived_at is null
            and %s order by v.recorded_at, v.id""";
    private static final String CONFIRMATIONS = """
            select c.* from value_confirmation c where c.entity_id = ? and c.plan_year = ? and c.archived_at is null
            and %s order by c.confirmed_at, c.id""";
    private static final String INSERT = """
            insert into value_confirmation (entity_id, plan_year, target_kind, measure_code, node_key, period_year,
            period_date, value_id, confirmed_by, confirmed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;

    public ConfirmationStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Confirms, by {@code actor} now, the value that counts of each target for the period, with an
     * audit entry each; a target with no value, or whose value is already confirmed, is passed over.
     * Returns the targets confirmed.
     */
    public List<ValueTarget> confirm(String entity, int year, Period period, List<ValueTarget> targets, Actor actor) {
        return Transactions.inTransaction(dataSource, "confirming values of " + entity + " " + year, connection -> {
            var entityId = Entities.idOf(connection, entity);
            // the same lock as values: the value confirmed is the one that counts when the confirmation commits
            AuditChain.lock(connection);
            var latest = latestValues(connection, entityId, year, period);
            var confirmed = confirmedValues(connection, entityId, year, period);
            var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            var done = new ArrayList<ValueTarget>();
            var changes = new ArrayList<AuditChange>();
            try (var insert = connection.prepareStatement(INSERT)) {
                for (var target : targets.stream().distinct().toList()) {
                    var value = latest.get(target);
                    if (value == null || confirmed.containsKey(target) && confirmed.get(target).valueId() == value.id()) {
                        continue;
                    }
                    bind(insert, entityId, year, target, period, value.id(), actor, at);
                    insert.executeUpdate();
                    done.add(target);
                    changes.add(change(connection, entityId, entity, year, target, period, value.shown()));
                }
            }
            AuditChain.append(connection, actor, changes);
            return done;
        });
    }

    /** The last confirmation of every target of the period that has one, current or stale. */
    public Map<ValueTarget, Confirmation> of(String entity, int year, Period period) {
        try (var connection = dataSource.getConnection()) {
            var entityId = Entities.find(connection, entity);
            if (entityId.isEmpty()) {
                return Map.of();
            }
            var latest = latestValues(connection, entityId.get(), year, period);
            var out = new LinkedHashMap<ValueTarget, Confirmation>();
            confirmedValues(connection, entityId.get(), year, period).forEach((target, c) -> out.put(target,
                    new Confirmation(target, period, c.by(), c.at(),
                            latest.containsKey(target) && latest.get(target).id() == c.valueId())));
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the confirmations of " + entity + " " + year, e);
        }
    }

    private record Latest(long id, String shown) {
    }

    private record Confirmed(long valueId, String by, Instant at) {
    }

    private static Map<ValueTarget, Latest> latestValues(Connection connection, long entityId, int year, Period period)
            throws SQLException {
        var out = new LinkedHashMap<ValueTarget, Latest>();
        try (var select = connection.prepareStatement(LATEST_VALUES.formatted(PeriodColumns.condition("v", period)))) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            PeriodColumns.bindCondition(select, 3, period);
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    var record = ValueStore.record(row);
                    out.put(record.target(), new Latest(row.getLong("id"), ItalianFormat.format(record.value())));
                }
            }
        }
        return out;
    }

    private static Map<ValueTarget, Confirmed> confirmedValues(Connection connection, long entityId, int year,
            Period period) throws SQLException {
        var out = new LinkedHashMap<ValueTarget, Confirmed>();
        try (var select = connection.prepareStatement(CONFIRMATIONS.formatted(PeriodColumns.condition("c", period)))) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            PeriodColumns.bindCondition(select, 3, period);
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    out.put(target(row), new Confirmed(row.getLong("value_id"), row.getString("confirmed_by"),
                            row.getObject("confirmed_at", OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }

    private static ValueTarget target(ResultSet row) throws SQLException {
        return "MEASURE".equals(row.getString("target_kind")) ? ValueTarget.measure(row.getString("measure_code"))
                : ValueTarget.indicator(new NodeId(row.getInt("node_key")));
    }

    private static void bind(PreparedStatement insert, long entityId, int year, ValueTarget target, Period period,
            long valueId, Actor actor, Instant at) throws SQLException {
        insert.setLong(1, entityId);
        insert.setInt(2, year);
        switch (target) {
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
        var next = PeriodColumns.bind(insert, 6, period);
        insert.setLong(next, valueId);
        insert.setString(next + 1, actor.name());
        insert.setObject(next + 2, at.atOffset(ZoneOffset.UTC));
    }

    private static AuditChange change(Connection connection, long entityId, String entity, int year, ValueTarget target,
            Period period, String shown) throws SQLException {
        AuditScope scope = switch (target) {
            case ValueTarget.OfMeasure m -> new AuditScope.OfPlan(entity, year);
            case ValueTarget.OfIndicator i -> new AuditScope.OfNode(entity, year, i.id());
        };
        var subject = ValueAudit.label(connection, entityId, year, target) + ", periodo " + period.format();
        return new AuditChange(scope, ChangeKind.VALUES_CONFIRMED, subject, "",
                CompactJson.object(Map.of("valore confermato", shown)), "");
    }
}
