package it.traguardi.store;

import it.traguardi.core.transfer.Field;
import it.traguardi.core.transfer.FullSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each section of a full plan is kept: its table, how its rows are found (by the plan row,
 * by entity and year, by the entity alone, or through an approved version), whether it keeps
 * archived rows apart, and the order rows are read in, so that two exports of the same rows are
 * the same document. Fields named like their columns; {@code id}, {@code value_id} and
 * {@code version_number} of the frozen rows are numbers of the document, mapped to the rows' ids.
 */
enum TransferTables {
    PLAN(FullSection.PLAN, "plan", Scope.ENTITY_YEAR, false, "t.id"),
    NODE_IDENTITIES(FullSection.NODE_IDENTITIES, "node_identity", Scope.ENTITY_YEAR, false, "t.node_key"),
    NODES(FullSection.NODES, "plan_node", Scope.PLAN, false, "t.node_key"),
    BASELINES(FullSection.BASELINES, "indicator_baseline", Scope.PLAN, false, "t.node_key, t.value_year"),
    TARGETS(FullSection.TARGETS, "indicator_target", Scope.PLAN, false, "t.node_key, t.target_year"),
    MEASURES(FullSection.MEASURES, "measure", Scope.ENTITY, false, "t.code"),
    POLICY(FullSection.POLICY, "plan_policy", Scope.ENTITY_YEAR, false, "t.plan_year"),
    POLICY_OVERRIDES(FullSection.POLICY_OVERRIDES, "policy_override", Scope.ENTITY_YEAR, false, "t.node_key, t.position"),
    VALUES(FullSection.VALUES, "actual_value", Scope.ENTITY_YEAR, true, "t.recorded_at, t.id"),
    COMMENTS(FullSection.COMMENTS, "node_comment", Scope.ENTITY_YEAR, true, "t.created_at, t.id"),
    PERIOD_VALIDATIONS(FullSection.PERIOD_VALIDATIONS, "period_validation", Scope.ENTITY_YEAR, true, "t.validated_at, t.id"),
    CONFIRMATIONS(FullSection.CONFIRMATIONS, "value_confirmation", Scope.ENTITY_YEAR, true, "t.confirmed_at, t.id"),
    REMARKS(FullSection.REMARKS, "validation_remark", Scope.ENTITY_YEAR, true, "t.created_at, t.id"),
    ASSIGNMENTS(FullSection.ASSIGNMENTS, "assignment", Scope.ENTITY_YEAR, false, "t.login, t.scope_kind, t.scope_key, t.id"),
    VERSIONS(FullSection.VERSIONS, "plan_version", Scope.ENTITY_YEAR, false, "t.version_number"),
    VERSION_NODES(FullSection.VERSION_NODES, "plan_version_node", Scope.VERSION, false, "v.version_number, t.node_key"),
    VERSION_BASELINES(FullSection.VERSION_BASELINES, "plan_version_baseline", Scope.VERSION, false,
            "v.version_number, t.node_key, t.value_year"),
    VERSION_TARGETS(FullSection.VERSION_TARGETS, "plan_version_target", Scope.VERSION, false,
            "v.version_number, t.node_key, t.target_year");

    /** How a table's rows belong to the plan. */
    enum Scope { PLAN, ENTITY_YEAR, ENTITY, VERSION }

    /** Fields that are numbers of the document, not columns of the table as they are. */
    private static final Set<String> MAPPED = Set.of("id", "version_number");

    final FullSection section;
    final String table;
    final Scope scope;
    final boolean archived;
    final String order;

    TransferTables(FullSection section, String table, Scope scope, boolean archived, String order) {
        this.section = section;
        this.table = table;
        this.scope = scope;
        this.archived = archived;
        this.order = order;
    }

    /** The fields kept as columns of the table ({@code version_number} is one only of plan_version). */
    List<Field> columns() {
        return section.fields().stream()
                .filter(f -> !MAPPED.contains(f.name()) || section == FullSection.VERSIONS && f.name().equals("version_number"))
                .toList();
    }

    String select() {
        var columns = section.fields().stream().map(f -> column(f.name())).collect(Collectors.joining(", "));
        var from = scope == Scope.VERSION ? table + " t join plan_version v on v.id = t.version_id" : table + " t";
        var where = switch (scope) {
            case PLAN -> "t.plan_id = ?";
            case ENTITY_YEAR -> "t.entity_id = ? and t.plan_year = ?";
            case ENTITY -> "t.entity_id = ?";
            case VERSION -> "v.entity_id = ? and v.plan_year = ?";
        };
        return "select " + columns + " from " + from + " where " + where + (archived ? " and t.archived_at is null" : "")
                + " order by " + order;
    }

    private String column(String field) {
        return scope == Scope.VERSION && field.equals("version_number") ? "v.version_number" : "t." + field;
    }

    String insert() {
        var owner = switch (scope) {
            case PLAN -> List.of("plan_id");
            case ENTITY_YEAR -> List.of("entity_id", "plan_year");
            case ENTITY -> List.of("entity_id");
            case VERSION -> List.of("version_id");
        };
        var names = new ArrayList<>(owner);
        columns().forEach(f -> names.add(f.name()));
        return "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
    }
}
