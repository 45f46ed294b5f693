package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.transfer.FullPlan;
import it.traguardi.core.transfer.FullRow;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.transfer.TransferException;
import it.traguardi.core.transfer.TransferProblem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Esportazione completa: reads everything that belongs to one plan of an entity and year
 * ({@link FullPlan}) in one snapshot, and writes it into this installation in one transaction, all
 * or nothing, as one audit entry (the installation's own trail of the plan is not carried). A plan
 * already stored is refused unless replaced: then its values, comments, validations,
 * confirmations and remarks are archived, as deleting a plan does, and the rest is replaced.
 */
public final class FullPlanStore {

    private static final List<String> CLEAR = List.of(
            "delete from plan where entity_id = ? and plan_year = ?",
            "delete from node_identity where entity_id = ? and plan_year = ?",
            "delete from plan_policy where entity_id = ? and plan_year = ?",
            "delete from policy_override where entity_id = ? and plan_year = ?",
            "delete from assignment where entity_id = ? and plan_year = ?",
            "delete from plan_version where entity_id = ? and plan_year = ?",
            "update value_confirmation set archived_at = current_timestamp where entity_id = ? and plan_year = ? and archived_at is null",
            "update actual_value set archived_at = current_timestamp where entity_id = ? and plan_year = ? and archived_at is null",
            "update node_comment set archived_at = current_timestamp where entity_id = ? and plan_year = ? and archived_at is null",
            "update period_validation set archived_at = current_timestamp where entity_id = ? and plan_year = ? and archived_at is null",
            "update validation_remark set archived_at = current_timestamp where entity_id = ? and plan_year = ? and archived_at is null");
    private static final String EXISTS = "select count(*) from plan where entity_id = ? and plan_year = ?";
    private static final String MEASURE_EXISTS = "select count(*) from measure where entity_id = ? and code = ?";

    /** What an import did (or, in a dry run, would do): whether it replaced a plan, and the rows of each section. */
    public record Outcome(boolean replaced, Map<FullSection, Integer> rows) {
        public Outcome {
            rows = Map.copyOf(rows);
        }
    }

    private final DataSource dataSource;

    public FullPlanStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Everything of the plan of {@code entity} for {@code year}, if there is one. */
    public Optional<FullPlan> read(String entity, int year) {
        return Transactions.inSnapshot(dataSource, "reading the full plan of " + entity + " for " + year, c -> {
            var entityId = Entities.find(c, entity);
            if (entityId.isEmpty()) {
                return Optional.<FullPlan>empty();
            }
            var sections = new EnumMap<FullSection, List<FullRow>>(FullSection.class);
            var ids = new TransferIds();
            for (var table : TransferTables.values()) {
                sections.put(table.section, TransferRows.read(c, table, entityId.get(), year, ids));
            }
            return sections.get(FullSection.PLAN).isEmpty() ? Optional.<FullPlan>empty()
                    : Optional.of(new FullPlan(entity, year, sections));
        });
    }

    /**
     * Stores the plan, all or nothing; a stored plan of the same entity and year is refused
     * ({@link TransferException}) unless {@code replace}. With {@code dryRun} everything is
     * written and checked, then rolled back.
     */
    public Outcome write(FullPlan plan, boolean replace, boolean dryRun, Actor actor) {
        try {
            return Transactions.inTransaction(dataSource, "importing the full plan of " + plan.entity(), c -> {
                var outcome = writeIn(c, plan, replace, actor);
                if (dryRun) {
                    c.rollback();
                }
                return outcome;
            });
        } catch (StoreException e) {
            // a row the checks let through but a column refused (22: data, 23: integrity): a problem of the file
            if (e.sqlState() != null && (e.sqlState().startsWith("22") || e.sqlState().startsWith("23"))) {
                throw new TransferException(List.of(new TransferProblem("$",
                        Message.of("full.problem.database", Objects.toString(e.getCause().getMessage(), "")))));
            }
            throw e;
        }
    }

    private static Outcome writeIn(Connection c, FullPlan plan, boolean replace, Actor actor) throws SQLException {
        AuditChain.lock(c);
        var entityId = Entities.idOf(c, plan.entity());
        var exists = count(c, EXISTS, entityId, plan.year()) > 0;
        if (exists && !replace) {
            throw new TransferException(List.of(new TransferProblem("$.entity",
                    Message.of("full.problem.exists", plan.entity(), plan.year()))));
        }
        for (var sql : CLEAR) {
            try (var clear = c.prepareStatement(sql)) {
                clear.setLong(1, entityId);
                clear.setInt(2, plan.year());
                clear.executeUpdate();
            }
        }
        var rows = new EnumMap<FullSection, Integer>(FullSection.class);
        var ids = new TransferIds();
        for (var table : TransferTables.values()) {
            var incoming = table == TransferTables.MEASURES ? missingMeasures(c, entityId, plan)
                    : table == TransferTables.NODES ? parentsFirst(plan.rows(FullSection.NODES)) : plan.rows(table.section);
            TransferRows.write(c, table, entityId, plan.year(), incoming, ids);
            rows.put(table.section, incoming.size());
        }
        readBack(c, plan);
        AuditChain.append(c, actor, List.of(audit(plan, exists, rows)));
        return new Outcome(exists, rows);
    }

    /** The measures the entity lacks: one it has keeps its definition (the catalog belongs to the entity). */
    private static List<FullRow> missingMeasures(Connection c, long entityId, FullPlan plan) throws SQLException {
        var out = new ArrayList<FullRow>();
        for (var row : plan.rows(FullSection.MEASURES)) {
            try (var exists = c.prepareStatement(MEASURE_EXISTS)) {
                exists.setLong(1, entityId);
                exists.setString(2, row.text(FullSection.MEASURES, "code").orElseThrow());
                try (var r = exists.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        out.add(row);
                    }
                }
            }
        }
        return out;
    }

    /** The nodes in an order where each parent precedes its children (a node's parent is a foreign key). */
    private static List<FullRow> parentsFirst(List<FullRow> nodes) {
        var byParent = new HashMap<Integer, List<FullRow>>();
        for (var row : nodes) {
            byParent.computeIfAbsent(row.integer(FullSection.NODES, "parent_key").orElse(0), k -> new ArrayList<>()).add(row);
        }
        var out = new ArrayList<FullRow>();
        var level = byParent.getOrDefault(0, List.of());
        while (!level.isEmpty()) {
            out.addAll(level);
            level = level.stream().flatMap(r -> byParent.getOrDefault(r.integer(FullSection.NODES, "node_key").orElseThrow(),
                    List.of()).stream()).toList();
        }
        return out.size() == nodes.size() ? out : nodes;
    }

    /** The plan as every page will read it: a tree that does not hold together is a problem of the file. */
    private static void readBack(Connection c, FullPlan plan) throws SQLException {
        try {
            new PlanReader(c, new PlanCache()).read(plan.entity(), plan.year());
        } catch (RuntimeException e) {
            throw new TransferException(List.of(new TransferProblem("$.nodes",
                    Message.of("full.problem.tree", Objects.toString(e.getMessage(), e.getClass().getSimpleName())))));
        }
    }

    private static AuditChange audit(FullPlan plan, boolean replaced, Map<FullSection, Integer> rows) {
        var after = new LinkedHashMap<String, String>();
        after.put("versione", String.valueOf(plan.plan().integer(FullSection.PLAN, "version").orElseThrow()));
        rows.forEach((section, n) -> after.put(section.key(), String.valueOf(n)));
        return new AuditChange(new AuditScope.OfPlan(plan.entity(), plan.year()),
                replaced ? ChangeKind.PLAN_REPLACED : ChangeKind.PLAN_CREATED, "piano " + plan.entity() + " " + plan.year(),
                "", CompactJson.object(after), "importazione completa (traguardi.full/1)");
    }

    private static long count(Connection c, String sql, long entityId, int year) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            statement.setLong(1, entityId);
            statement.setInt(2, year);
            try (var r = statement.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
