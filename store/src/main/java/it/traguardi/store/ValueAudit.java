package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.value.ItalianFormat;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit entries of a batch of values about to be recorded, inside the caller's transaction: a
 * first value of its target and period, or a correction, with the value it corrects (the latest
 * recorded, as {@link ValueRecord#latest} counts it) before and the new one after, in Italian forms.
 *
 * <p>The batch's periods and the plan's node labels are read once, not once a record: a batch of a
 * few hundred values then costs a few queries instead of two per value. The records of the batch
 * are counted as they come, so a second record of the same target and period in one batch is a
 * correction of the first, as it would be if the two came one after the other.
 */
final class ValueAudit {

    private static final String STORED = """
            select v.* from actual_value v
            where v.entity_id = ? and v.plan_year = ? and v.archived_at is null and v.period_year = ? and %s
            order by v.recorded_at, v.id""";
    private static final String LABELS = """
            select node_key, code, title from node_identity where entity_id = ? and plan_year = ?""";
    private static final String LABEL = LABELS + " and node_key = ?";

    private record Key(ValueTarget target, Period period) {
    }

    private final String entity;
    private final int year;
    private final Map<Key, ValueRecord> latest;
    private final Map<Integer, String> labels;

    private ValueAudit(String entity, int year, Map<Key, ValueRecord> latest, Map<Integer, String> labels) {
        this.entity = entity;
        this.year = year;
        this.latest = latest;
        this.labels = labels;
    }

    /** Reads what the audit entries of {@code records} will tell: the values they follow, the labels. */
    static ValueAudit of(Connection connection, long entityId, String entity, int year, List<ValueRecord> records)
            throws SQLException {
        var latest = new HashMap<Key, ValueRecord>();
        for (var period : records.stream().map(ValueRecord::period).distinct().toList()) {
            for (var stored : stored(connection, entityId, year, period)) {
                latest.put(new Key(stored.target(), stored.period()), stored); // oldest first: the last counts
            }
        }
        return new ValueAudit(entity, year, latest, labels(connection, entityId, year));
    }

    /** The audit entry of the next record of the batch, which from now on is the one it follows if it counts. */
    AuditChange change(ValueRecord record) {
        var key = new Key(record.target(), record.period());
        var previous = Optional.ofNullable(latest.get(key));
        // the record is stored after every stored one, so among records of the same instant it counts
        if (previous.isEmpty() || !record.recordedAt().isBefore(previous.get().recordedAt())) {
            latest.put(key, record);
        }
        var after = CompactJson.object(Map.of("valore", ItalianFormat.format(record.value())));
        var before = previous.map(p -> CompactJson.object(Map.of("valore", ItalianFormat.format(p.value()))))
                .orElse("");
        var kind = previous.isPresent() ? ChangeKind.VALUE_CORRECTED : ChangeKind.VALUE_RECORDED;
        AuditScope scope = switch (record.target()) {
            case ValueTarget.OfMeasure m -> new AuditScope.OfPlan(entity, year);
            case ValueTarget.OfIndicator i -> new AuditScope.OfNode(entity, year, i.id());
        };
        var subject = label(record.target(), labels) + ", periodo " + record.period().format();
        return new AuditChange(scope, kind, subject, before, after, record.reason());
    }

    private static List<ValueRecord> stored(Connection connection, long entityId, int year, Period period)
            throws SQLException {
        var condition = switch (period) {
            case Period.Year y -> "v.period_date is null";
            case Period.Day d -> "v.period_date = ?";
        };
        try (var select = connection.prepareStatement(STORED.formatted(condition))) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            select.setInt(3, period.year());
            if (period instanceof Period.Day day) {
                select.setObject(4, day.date());
            }
            try (var rows = select.executeQuery()) {
                var out = new ArrayList<ValueRecord>();
                while (rows.next()) {
                    out.add(ValueStore.record(rows));
                }
                return out;
            }
        }
    }

    private static Map<Integer, String> labels(Connection connection, long entityId, int year) throws SQLException {
        try (var select = connection.prepareStatement(LABELS)) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            var out = new HashMap<Integer, String>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    out.put(rows.getInt("node_key"), indicatorLabel(rows.getString("code"), rows.getString("title")));
                }
            }
            return out;
        }
    }

    /** "misura M1", or the indicator's {@code code - title} as the plan last named it. */
    static String label(Connection connection, long entityId, int year, ValueTarget target)
            throws SQLException {
        return switch (target) {
            case ValueTarget.OfMeasure m -> label(m, Map.of());
            case ValueTarget.OfIndicator i -> {
                try (var select = connection.prepareStatement(LABEL)) {
                    select.setLong(1, entityId);
                    select.setInt(2, year);
                    select.setInt(3, i.id().value());
                    try (var row = select.executeQuery()) {
                        yield row.next() ? indicatorLabel(row.getString("code"), row.getString("title"))
                                : label(i, Map.of());
                    }
                }
            }
        };
    }

    private static String label(ValueTarget target, Map<Integer, String> labels) {
        return switch (target) {
            case ValueTarget.OfMeasure m -> "misura " + m.code();
            case ValueTarget.OfIndicator i -> labels.getOrDefault(i.id().value(), "indicatore " + i.id());
        };
    }

    private static String indicatorLabel(String code, String title) {
        return "indicatore " + (code.isEmpty() ? "" : code + " - ") + title;
    }
}
