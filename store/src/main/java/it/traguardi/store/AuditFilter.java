package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.plan.NodeId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Which audit entries to show: of an entity, of its plan for a year (with the changes to the
 * entity's measures, which belong to every year), of one node, by one author,
 * of one kind, between two days (both included, as days in Italy). Each criterion is absent (null)
 * until set with its {@code with...} method; {@link #EVERYTHING} has none.
 */
public record AuditFilter(String entity, Integer year, NodeId node, String actor, ChangeKind kind, LocalDate from,
        LocalDate to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null, null, null);

    /** Days are Italian days: an entry at 23:30 UTC on 31 December is of 1 January in Rome. */
    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    public AuditFilter {
        if (year != null && entity == null || node != null && year == null) {
            throw new IllegalArgumentException("a year needs its entity, a node its plan");
        }
    }

    public AuditFilter withPlan(String newEntity, int newYear) {
        return new AuditFilter(newEntity, newYear, node, actor, kind, from, to);
    }

    public AuditFilter withEntity(String newEntity) {
        return new AuditFilter(newEntity, year, node, actor, kind, from, to);
    }

    public AuditFilter withNode(NodeId newNode) {
        return new AuditFilter(entity, year, newNode, actor, kind, from, to);
    }

    public AuditFilter withActor(String newActor) {
        return new AuditFilter(entity, year, node, newActor, kind, from, to);
    }

    public AuditFilter withKind(ChangeKind newKind) {
        return new AuditFilter(entity, year, node, actor, newKind, from, to);
    }

    public AuditFilter withDays(LocalDate newFrom, LocalDate newTo) {
        return new AuditFilter(entity, year, node, actor, kind, newFrom, newTo);
    }

    /** The SQL condition ({@code where ...} or empty) with its parameters appended to {@code parameters}. */
    String where(List<Object> parameters) {
        var conditions = new ArrayList<String>();
        add(conditions, parameters, "entity = ?", entity);
        // a plan's entries include its entity's catalog of measures, which belongs to no year
        add(conditions, parameters, "(plan_year = ? or plan_year is null)", year);
        add(conditions, parameters, "node_key = ?", node == null ? null : node.value());
        add(conditions, parameters, "actor = ?", actor);
        add(conditions, parameters, "change_kind = ?", kind == null ? null : kind.name());
        add(conditions, parameters, "recorded_at >= ?", from == null ? null : from.atStartOfDay(ITALY).toOffsetDateTime());
        add(conditions, parameters, "recorded_at < ?",
                to == null ? null : to.plusDays(1).atStartOfDay(ITALY).toOffsetDateTime());
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}
