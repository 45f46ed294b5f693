package it.traguardi.cli;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PlanSummary;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold of a database after any crash (docs/backup.md, "Crash safety"): the audit chain
 * verifies; every plan and every approved version is whole (as many nodes of each level as the
 * seed); no row hangs on a missing parent; and the audit trail and the data agree (a plan exists
 * exactly when its creations outnumber its deletions, every value has its entry, every approved
 * version its approval, a revision is in progress exactly when it was begun and not yet approved,
 * and the renamed indicator has the title its last edit recorded).
 */
final class CrashChecks {

    /** Statements that count rows breaking a rule; each must count 0. */
    private static final List<String> ORPHANS = List.of(
            "select count(*) from plan_node n where not exists (select 1 from plan p where p.id = n.plan_id)",
            """
            select count(*) from actual_value v where v.target_kind = 'MEASURE' and not exists
                (select 1 from measure m where m.entity_id = v.entity_id and m.code = v.measure_code)""",
            """
            select count(*) from actual_value v where v.target_kind = 'INDICATOR' and not exists
                (select 1 from node_identity i where i.entity_id = v.entity_id and i.plan_year = v.plan_year
                 and i.node_key = v.node_key)""",
            """
            select count(*) from plan_version_node n where not exists
                (select 1 from plan_version v where v.id = n.version_id)""",
            // the head of the chain never names an entry that is not there, nor leaves one behind
            "select count(*) from audit_chain c where c.last_sequence <> (select count(*) from audit_entry)",
            // every value has its own entry, and no entry tells of a value that is not stored
            """
            select abs((select count(*) from actual_value)
                - (select count(*) from audit_entry where change_kind in ('VALUE_RECORDED', 'VALUE_CORRECTED')))""");

    private CrashChecks() {
    }

    /** Every rule broken, in words; empty when the database is sound. */
    static List<String> problems(Database database, Plan seed) throws SQLException {
        var problems = new ArrayList<String>();
        if (new AuditTrail(database.dataSource()).verify() instanceof ChainCheck.Broken broken) {
            problems.add("audit chain broken at entry " + broken.sequence());
        }
        var plans = new PlanStore(database.dataSource());
        for (var plan : plans.list()) {
            if (!shape(plan).equals(shape(seed))) {
                problems.add("plan " + plan.year() + " is not whole: " + shape(plan) + " nodes, the seed " + shape(seed));
            }
            problems.addAll(agreement(database, plan.entity(), plan.year(), true));
        }
        problems.addAll(rowsBreakingRules(database, seed));
        var stored = plans.list().stream().map(PlanSummary::year).toList();
        for (int year : List.of(CrashLoop.IMPORT_YEAR, CrashLoop.BASE_YEAR + 1)) {
            if (!stored.contains(year)) {
                problems.addAll(agreement(database, seed.entity(), year, false));
            }
        }
        return problems;
    }

    /** Rows that hang on nothing, a head or values the audit does not account for, approved versions in part. */
    private static List<String> rowsBreakingRules(Database database, Plan seed) throws SQLException {
        var problems = new ArrayList<String>();
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            for (var sql : ORPHANS) {
                try (var row = statement.executeQuery(sql)) {
                    row.next();
                    if (row.getLong(1) != 0) {
                        problems.add(row.getLong(1) + " rows break: " + sql.strip().replaceAll("\\s+", " "));
                    }
                }
            }
            try (var row = statement.executeQuery("select plan_year, count(*) from plan_version_node n"
                    + " join plan_version v on v.id = n.version_id group by v.id, plan_year")) {
                while (row.next()) {
                    if (row.getLong(2) != seed.nodes().size()) {
                        problems.add("an approved version of " + row.getInt(1) + " has " + row.getLong(2) + " nodes");
                    }
                }
            }
        }
        return problems;
    }

    private static List<Long> shape(PlanSummary plan) {
        return List.of((long) plan.areas(), (long) plan.strategicObjectives(), (long) plan.operationalObjectives(),
                (long) plan.indicators());
    }

    private static List<Long> shape(Plan plan) {
        return List.of(NodeKind.AREA, NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE, NodeKind.INDICATOR)
                .stream().map(kind -> plan.nodes().stream().filter(n -> n.kind() == kind).count()).toList();
    }

    /** The plan of the year exists exactly when the audit says so; its versions and revision agree with it. */
    private static List<String> agreement(Database database, String entity, int year, boolean stored)
            throws SQLException {
        var problems = new ArrayList<String>();
        long created = entries(database, entity, year, "PLAN_CREATED");
        long deleted = entries(database, entity, year, "PLAN_DELETED");
        if (created - deleted != (stored ? 1 : 0)) {
            problems.add("plan " + year + (stored ? " stored" : " absent") + " but the audit tells " + created
                    + " creations and " + deleted + " deletions");
        }
        if (!stored) {
            return problems;
        }
        long approved = entries(database, entity, year, "PLAN_APPROVED");
        long revisions = entries(database, entity, year, "REVISION_STARTED");
        var status = new PlanStore(database.dataSource()).lifecycle().status(entity, year).orElseThrow();
        if (status.approved().size() != approved) {
            problems.add("plan " + year + " has " + status.approved().size() + " approved versions, the audit "
                    + approved);
        }
        if (approved > 0 && status.lifecycle().revising() != (revisions == approved)) {
            problems.add("plan " + year + " revising=" + status.lifecycle().revising() + " but the audit tells "
                    + revisions + " revisions begun and " + approved + " approvals");
        }
        if (year == CrashLoop.REVISED_YEAR) {
            problems.addAll(lastEdit(database, entity, year));
        }
        return problems;
    }

    /** The indicator the revisions rename has the title of the last edit recorded (or the seed's, before any). */
    private static List<String> lastEdit(Database database, String entity, int year) throws SQLException {
        var plan = new PlanStore(database.dataSource()).load(entity, year).orElseThrow();
        var title = plan.nodes().stream().filter(Indicator.class::isInstance).findFirst().orElseThrow().title();
        try (var connection = database.dataSource().getConnection(); var select = connection.prepareStatement(
                "select after_state from audit_entry where entity = ? and plan_year = ? and change_kind = 'NODE_EDITED'"
                        + " order by sequence_number desc limit 1")) {
            select.setString(1, entity);
            select.setInt(2, year);
            try (var row = select.executeQuery()) {
                var seedTitle = CrashLoop.seed(year).nodes().stream().filter(Indicator.class::isInstance)
                        .findFirst().orElseThrow().title();
                var recorded = row.next() ? row.getString(1) : seedTitle;
                return recorded.contains(title) ? List.of()
                        : List.of("indicator titled '" + title + "' but the last edit recorded " + recorded);
            }
        }
    }

    private static long entries(Database database, String entity, int year, String kind) throws SQLException {
        try (var connection = database.dataSource().getConnection(); var select = connection.prepareStatement(
                "select count(*) from audit_entry where entity = ? and plan_year = ? and change_kind = ?")) {
            select.setString(1, entity);
            select.setInt(2, year);
            select.setString(3, kind);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
