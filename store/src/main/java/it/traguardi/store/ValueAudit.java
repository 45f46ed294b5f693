package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.value.ItalianFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The audit entry of a value about to be recorded, inside the caller's transaction: a first value
 * of its target and period, or a correction, with the value it corrects (the latest recorded, as
 * {@link ValueRecord#latest} counts it) before and the new one after, in Italian forms.
 */
final class ValueAudit {

    private static final String PREVIOUS = """
            select v.* from actual_value v
            where v.entity_id = ? and v.plan_year = ? and v.archived_at is null and v.period_year = ?
            and %s and %s order by v.recorded_at desc, v.id desc limit 1""";
    private static final String LABEL = """
            select code, title from node_identity where entity_id = ? and plan_year = ? and node_key = ?""";

    private ValueAudit() {
    }

    static AuditChange change(Connection connection, long entityId, String entity, int year, ValueRecord record)
            throws SQLException {
        var previous = previous(connection, entityId, year, record);
        var after = CompactJson.object(Map.of("valore", ItalianFormat.format(record.value())));
        var before = previous.map(p -> CompactJson.object(Map.of("valore", ItalianFormat.format(p.value()))))
                .orElse("");
        var kind = previous.isPresent() ? ChangeKind.VALUE_CORRECTED : ChangeKind.VALUE_RECORDED;
        AuditScope scope = switch (record.target()) {
            case ValueTarget.OfMeasure m -> new AuditScope.OfPlan(entity, year);
            case ValueTarget.OfIndicator i -> new AuditScope.OfNode(entity, year, i.id());
        };
        var subject = label(connection, entityId, year, record.target()) + ", periodo " + record.period().format();
        return new AuditChange(scope, kind, subject, before, after, record.reason());
    }

    private static Optional<ValueRecord> previous(Connection connection, long entityId, int year, ValueRecord record)
            throws SQLException {
        var period = switch (record.period()) {
            case Period.Year y -> "v.period_date is null";
            case Period.Day d -> "v.period_date = ?";
        };
        var target = switch (record.target()) {
            case ValueTarget.OfMeasure m -> "v.target_kind = 'MEASURE' and v.measure_code = ?";
            case ValueTarget.OfIndicator i -> "v.target_kind = 'INDICATOR' and v.node_key = ?";
        };
        try (var select = connection.prepareStatement(PREVIOUS.formatted(period, target))) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            select.setInt(3, record.period().year());
            var next = 4;
            if (record.period() instanceof Period.Day day) {
                select.setObject(next++, day.date());
            }
            bindTarget(select, next, record.target());
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.of(ValueStore.record(row)) : Optional.empty();
            }
        }
    }

    private static void bindTarget(PreparedStatement statement, int index, ValueTarget target) throws SQLException {
        switch (target) {
            case ValueTarget.OfMeasure m -> statement.setString(index, m.code());
            case ValueTarget.OfIndicator i -> statement.setInt(index, i.id().value());
        }
    }

    /** "misura M1", or the indicator's {@code code - title} as the plan last named it. */
    static String label(Connection connection, long entityId, int year, ValueTarget target)
            throws SQLException {
        return switch (target) {
            case ValueTarget.OfMeasure m -> "misura " + m.code();
            case ValueTarget.OfIndicator i -> indicatorLabel(connection, entityId, year, i);
        };
    }

    private static String indicatorLabel(Connection connection, long entityId, int year, ValueTarget.OfIndicator i)
            throws SQLException {
        try (var select = connection.prepareStatement(LABEL)) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            select.setInt(3, i.id().value());
            try (var row = select.executeQuery()) {
                if (!row.next()) {
                    return "indicatore " + i.id();
                }
                var code = row.getString("code");
                return "indicatore " + (code.isEmpty() ? "" : code + " - ") + row.getString("title");
            }
        }
    }
}
