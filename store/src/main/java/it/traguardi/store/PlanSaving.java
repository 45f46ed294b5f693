package it.traguardi.store;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.lifecycle.Lifecycle;
import it.traguardi.core.lifecycle.PlanState;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeMatching;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.Renumbering;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Saving a whole plan inside the caller's transaction: the plan row is locked and its version
 * compared, the stored plan is replaced only when asked, and node identity is kept (issue 7):
 * a new reading of the plan is matched with the stored one ({@link NodeMatching}) so every node
 * recognised keeps its key, with its values, comments and rules; an edited plan keeps the keys it
 * has. Deleting a plan archives what was recorded for it, and keeps the identities it issued, so a
 * later plan of the same entity and year never reissues them. The plan's lifecycle guards it all:
 * an approved plan without a revision in progress, or a closed one, is not written over
 * ({@link PlanFrozenException}), and only a draft is deleted.
 */
final class PlanSaving {

    /** What the plan being saved is, and so what may happen to a stored plan of the same year. */
    enum Kind {
        /** a plan that must be new: a stored one is refused ({@link PlanExistsException}) */
        CREATE,
        /** a new reading of the plan (a file imported again): matched with the stored one by content */
        REPLACE_READING,
        /** the stored plan changed by its editors: its node keys are the stored ones */
        REPLACE_EDITED
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LOCK_ENTITY = "select id from entity where id = ? for update";
    private static final String LOCK_PLAN = """
            select id, version, last_node_key, state, revision_reason from plan
            where entity_id = ? and plan_year = ? for update""";
    private static final String STATE = "select state, revision_reason from plan where entity_id = ? and plan_year = ?";
    private static final String DELETE_PLAN = "delete from plan where id = ?";
    private static final String INSERT_PLAN = """
            insert into plan (entity_id, plan_year, baseline_years, target_years, version, last_node_key,
                state, revision_reason)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FORGET_IDENTITIES = """
            delete from node_identity where entity_id = ? and plan_year = ?
            and node_key in (select node_key from plan_node where plan_id = ?)""";
    private static final String REMEMBER_IDENTITIES = """
            insert into node_identity (entity_id, plan_year, node_key, kind, code, title)
            select ?, ?, node_key, kind, code, title from plan_node where plan_id = ?""";
    private static final List<String> ARCHIVE = List.of(
            "update actual_value set archived_at = current_timestamp"
                    + " where entity_id = ? and plan_year = ? and archived_at is null",
            "update node_comment set archived_at = current_timestamp"
                    + " where entity_id = ? and plan_year = ? and archived_at is null",
            "update period_validation set archived_at = current_timestamp"
                    + " where entity_id = ? and plan_year = ? and archived_at is null",
            "update value_confirmation set archived_at = current_timestamp"
                    + " where entity_id = ? and plan_year = ? and archived_at is null",
            "update validation_remark set archived_at = current_timestamp"
                    + " where entity_id = ? and plan_year = ? and archived_at is null",
            "delete from policy_override where entity_id = ? and plan_year = ?",
            "delete from plan_policy where entity_id = ? and plan_year = ?");
    // "node_key + 0": max(node_key) alone lets PostgreSQL read actual_value_node_ix (plan_year, node_key, ...)
    // backwards until it meets the entity, which for an entity without values is the whole year's index
    // (8 s a plan while the national data set loaded, analysed half way: a new entity's id was past the
    // statistics); the sum makes it read the entity's rows by actual_value_plan_ix whatever they say
    private static final String HIGHEST_ISSUED = """
            select greatest(
                coalesce((select max(node_key) from node_identity where entity_id = ? and plan_year = ?), 0),
                coalesce((select max(node_key + 0) from actual_value where entity_id = ? and plan_year = ?), 0),
                coalesce((select max(node_key) from node_comment where entity_id = ? and plan_year = ?), 0))""";

    /** The plan row as locked: its id, version, the highest node key it ever issued, and where it is in its cycle. */
    record Stored(long id, int version, int lastNodeKey, Lifecycle lifecycle) {
    }

    private PlanSaving() {
    }

    /**
     * Saves the plan by {@code actor}; with {@code expected}, only over that stored version, with the
     * audit entries of what changed ({@link PlanAudit}). Returns the matching with the stored plan
     * when a new reading replaced it.
     */
    static Optional<NodeMatching> save(Connection connection, Plan plan, Kind kind, Optional<Integer> expected,
            PlanCache cache, Actor actor) throws SQLException {
        var entityId = Entities.idOf(connection, plan.entity());
        var stored = lock(connection, entityId, plan.year());
        var current = stored.map(Stored::version);
        if (expected.isPresent() && !expected.equals(current)) {
            throw new PlanChangedException(plan.entity(), plan.year(), expected.get(), current);
        }
        var toWrite = plan;
        var matching = Optional.<NodeMatching>empty();
        var old = Optional.<Plan>empty();
        if (stored.isPresent()) {
            if (kind == Kind.CREATE) {
                throw new PlanExistsException(plan.entity(), plan.year());
            }
            var refusal = stored.get().lifecycle().editRefusal();
            if (refusal.isPresent()) {
                throw new PlanFrozenException(plan.entity(), plan.year(), refusal.get());
            }
            old = new PlanReader(connection, cache).read(plan.entity(), plan.year());
            if (kind == Kind.REPLACE_READING) {
                matching = Optional.of(NodeMatching.of(old.orElseThrow(), plan));
                toWrite = matching.get().plan();
            }
            toWrite = issuedAtLeast(toWrite, stored.get().lastNodeKey());
            delete(connection, stored.get().id());
        } else {
            // nothing recorded for this entity and year may attach itself to the new plan's nodes,
            // and no id of a deleted plan is issued again (a stale form or script naming #4 of the
            // old plan must find nothing, not another node of the new one)
            archive(connection, entityId, plan.year());
            toWrite = issuedAbove(plan, highestIssued(connection, entityId, plan.year()));
        }
        var version = current.map(v -> v + 1).orElse(1);
        var planId = insert(connection, entityId, toWrite, version, stored.map(Stored::lifecycle).orElse(Lifecycle.NEW));
        PlanWriter.write(connection, planId, toWrite);
        rememberIdentities(connection, entityId, toWrite.year(), planId, stored.isPresent());
        AuditChain.append(connection, actor, PlanAudit.written(kind, old, toWrite, version));
        return matching;
    }

    /** Deletes the plan row and archives the values and comments of its entity and year, with its audit entry. */
    static boolean delete(Connection connection, String entity, int year, Optional<Integer> expected,
            PlanCache cache, Actor actor) throws SQLException {
        var entityId = Entities.find(connection, entity);
        var stored = entityId.isEmpty() ? Optional.<Stored>empty() : lock(connection, entityId.get(), year);
        if (stored.isEmpty()) {
            return false;
        }
        if (expected.isPresent() && expected.get() != stored.get().version()) {
            throw new PlanChangedException(entity, year, expected.get(), stored.map(Stored::version));
        }
        if (stored.get().lifecycle().state() != PlanState.DRAFT) {
            // an approved act stays on record: only a plan never approved is deleted
            throw new PlanFrozenException(entity, year, Message.of("lifecycle.frozen.delete"));
        }
        var old = new PlanReader(connection, cache).read(entity, year).orElseThrow();
        delete(connection, stored.get().id());
        archive(connection, entityId.get(), year);
        AuditChain.append(connection, actor, List.of(PlanAudit.deleted(old, stored.get().version())));
        return true;
    }

    /**
     * Locks the entity's row, then reads the plan row. The entity row is never deleted, so writers
     * of the same entity's plans queue on it and each reads the plan row its predecessor left; a
     * lock on the plan row alone would let a waiting writer find the row deleted by a replacement.
     */
    static Optional<Stored> lock(Connection connection, long entityId, int year) throws SQLException {
        try (var lock = connection.prepareStatement(LOCK_ENTITY)) {
            lock.setLong(1, entityId);
            lock.executeQuery().close();
        }
        try (var lock = connection.prepareStatement(LOCK_PLAN)) {
            lock.setLong(1, entityId);
            lock.setInt(2, year);
            try (var row = lock.executeQuery()) {
                return row.next() ? Optional.of(new Stored(row.getLong("id"), row.getInt("version"),
                        row.getInt("last_node_key"), lifecycle(row))) : Optional.empty();
            }
        }
    }

    /**
     * Refuses ({@link PlanFrozenException}) to record values, comments or scoring rules for a
     * closed plan: a closed plan is only read. Any other state, and no plan, records.
     */
    static void requireRecordable(Connection connection, long entityId, String entity, int year) throws SQLException {
        try (var statement = connection.prepareStatement(STATE)) {
            statement.setLong(1, entityId);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                if (row.next()) {
                    var refusal = lifecycle(row).recordRefusal();
                    if (refusal.isPresent()) {
                        throw new PlanFrozenException(entity, year, refusal.get());
                    }
                }
            }
        }
    }

    /** The lifecycle of a plan row that has the columns {@code state} and {@code revision_reason}. */
    static Lifecycle lifecycle(ResultSet row) throws SQLException {
        var reason = row.getString("revision_reason");
        return new Lifecycle(PlanState.valueOf(row.getString("state")),
                reason == null ? Lifecycle.Revision.NONE : new Lifecycle.Revision.InProgress(reason));
    }

    /**
     * The highest node key ever issued for an entity and year, also by plans deleted since (their
     * identities stay in node_identity, their values and comments archived).
     */
    private static int highestIssued(Connection connection, long entityId, int year) throws SQLException {
        try (var statement = connection.prepareStatement(HIGHEST_ISSUED)) {
            for (int i = 0; i < 3; i++) {
                statement.setLong(2 * i + 1, entityId);
                statement.setInt(2 * i + 2, year);
            }
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The plan with every id moved past {@code issued}, in the same order; unchanged when nothing was issued. */
    private static Plan issuedAbove(Plan plan, int issued) {
        if (issued == 0) {
            return plan;
        }
        var ids = new HashMap<NodeId, NodeId>();
        plan.nodes().forEach(n -> ids.put(n.id(), new NodeId(n.id().value() + issued)));
        return Renumbering.apply(plan, ids, plan.lastIssuedId() + issued);
    }

    /** An edit over an older reading can never issue a key below what the stored plan issued. */
    private static Plan issuedAtLeast(Plan plan, int lastNodeKey) {
        return plan.lastIssuedId() >= lastNodeKey ? plan : new Plan(plan.entity(), plan.year(), plan.baselineYears(),
                plan.targetYears(), plan.areas(), lastNodeKey);
    }

    private static void delete(Connection connection, long planId) throws SQLException {
        try (var delete = connection.prepareStatement(DELETE_PLAN)) {
            delete.setLong(1, planId);
            delete.executeUpdate();
        }
    }

    private static void archive(Connection connection, long entityId, int year) throws SQLException {
        for (var sql : ARCHIVE) {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setLong(1, entityId);
                statement.setInt(2, year);
                statement.executeUpdate();
            }
        }
    }

    private static long insert(Connection connection, long entityId, Plan plan, int version, Lifecycle lifecycle)
            throws SQLException {
        try (var insert = connection.prepareStatement(INSERT_PLAN, new String[] {"id"})) {
            insert.setLong(1, entityId);
            insert.setInt(2, plan.year());
            insert.setString(3, years(plan.baselineYears()));
            insert.setString(4, years(plan.targetYears()));
            insert.setInt(5, version);
            insert.setInt(6, plan.lastIssuedId());
            insert.setString(7, lifecycle.state().name());
            insert.setString(8, lifecycle.revision() instanceof Lifecycle.Revision.InProgress r ? r.reason() : null);
            executeUnique(insert, plan);
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Another transaction may store the same plan between our check and our insert. */
    private static void executeUnique(PreparedStatement insert, Plan plan) throws SQLException {
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new PlanExistsException(plan.entity(), plan.year());
            }
            throw e;
        }
    }

    /**
     * Every node key of the plan, with the kind, code and title it has now. A plan with no stored
     * predecessor has only keys above every key remembered ({@link #issuedAbove}): nothing to forget.
     */
    private static void rememberIdentities(Connection connection, long entityId, int year, long planId,
            boolean replaced) throws SQLException {
        for (var sql : replaced ? List.of(FORGET_IDENTITIES, REMEMBER_IDENTITIES) : List.of(REMEMBER_IDENTITIES)) {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setLong(1, entityId);
                statement.setInt(2, year);
                statement.setLong(3, planId);
                statement.executeUpdate();
            }
        }
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
