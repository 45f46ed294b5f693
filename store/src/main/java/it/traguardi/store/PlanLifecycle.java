package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.lifecycle.ApprovedVersion;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Lifecycle;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.lifecycle.VersionChoice;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Ciclo di vita dei piani: the state of each plan, its transitions (approve, publish, close, begin
 * a revision), and its approved versions, each a frozen copy of the plan as approved (V013).
 * Every transition is one transaction over the locked plan row, compared with the version the
 * caller saw, with its audit entry. The rules of which transition is allowed are
 * {@link Lifecycle}'s; which edits a state refuses is enforced where plans are written
 * ({@link PlanSaving}).
 */
public final class PlanLifecycle {

    private static final String STATUS = """
            select p.version, p.state, p.revision_reason from plan p join entity e on e.id = p.entity_id
            where e.name = ? and p.plan_year = ?""";
    private static final String VERSIONS = """
            select v.id, v.version_number, v.act_number, v.act_date, v.reason, v.approved_at, v.approved_by,
                v.baseline_years, v.target_years, v.last_node_key
            from plan_version v join entity e on e.id = v.entity_id
            where e.name = ? and v.plan_year = ? order by v.version_number""";
    private static final String UPDATE_PLAN = "update plan set state = ?, revision_reason = ?, version = version + 1 where id = ?";
    private static final String INSERT_VERSION = """
            insert into plan_version (entity_id, plan_year, version_number, act_number, act_date, reason, approved_at,
                approved_by, baseline_years, target_years, last_node_key)
            select entity_id, plan_year, ?, ?, ?, ?, ?, ?, baseline_years, target_years, last_node_key from plan where id = ?""";
    private static final List<String> FREEZE = List.of("""
            insert into plan_version_node (version_id, node_key, parent_key, kind, position, code, title, weight,
                indicator_group_weight, operational_group_weight, algorithm, unit, data_source, owner, formula)
            select ?, node_key, parent_key, kind, position, code, title, weight, indicator_group_weight,
                operational_group_weight, algorithm, unit, data_source, owner, formula from plan_node where plan_id = ?""",
            "insert into plan_version_baseline (version_id, node_key, value_year, " + ValueColumns.BASELINE_COLUMNS
                    + ") select ?, node_key, value_year, " + ValueColumns.BASELINE_COLUMNS
                    + " from indicator_baseline where plan_id = ?",
            "insert into plan_version_target (version_id, node_key, target_year, " + ValueColumns.TARGET_COLUMNS
                    + ", written_text) select ?, node_key, target_year, " + ValueColumns.TARGET_COLUMNS
                    + ", written_text from indicator_target where plan_id = ?");

    /** An approved version as stored, with what it takes to read its frozen rows. */
    private record StoredVersion(long id, ApprovedVersion version, String baselineYears, String targetYears,
            int lastNodeKey) {
    }

    private final DataSource dataSource;
    private final PlanCache cache;

    PlanLifecycle(DataSource dataSource, PlanCache cache) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Where the plan of an entity for a year is in its cycle, if it is stored. */
    public Optional<PlanStatus> status(String entity, int year) {
        return Transactions.inSnapshot(dataSource, "reading the lifecycle of the plan of " + entity + " for " + year,
                connection -> status(connection, entity, year));
    }

    /** Whether the public may read the plan: stored, and published or closed. */
    public boolean isPublic(String entity, int year) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(STATUS)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                return row.next() && PlanSaving.lifecycle(row).state().isPublic();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the state of the plan of " + entity + " for " + year, e);
        }
    }

    /**
     * Applies the transition by {@code actor}, only over the plan row's version {@code expected}
     * ({@link PlanChangedException} otherwise); a transition the state does not allow is
     * {@link TransitionRefusedException}. Approving freezes the current plan as the next approved
     * version. Empty when no plan is stored; in every refusal nothing changes.
     */
    public Optional<PlanStatus> change(String entity, int year, Transition transition, int expected, Actor actor) {
        return Transactions.inTransaction(dataSource, "changing the state of the plan of " + entity + " for " + year,
                connection -> {
                    var entityId = Entities.find(connection, entity);
                    var stored = entityId.isEmpty() ? Optional.<PlanSaving.Stored>empty()
                            : PlanSaving.lock(connection, entityId.get(), year);
                    if (stored.isEmpty()) {
                        return Optional.<PlanStatus>empty();
                    }
                    var row = stored.get();
                    if (row.version() != expected) {
                        throw new PlanChangedException(entity, year, expected, Optional.of(row.version()));
                    }
                    var before = row.lifecycle();
                    var refusal = before.refusal(transition);
                    if (refusal.isPresent()) {
                        throw new TransitionRefusedException(entity, year, refusal.get());
                    }
                    var after = before.after(transition);
                    var number = versions(connection, entity, year).size() + 1;
                    if (transition instanceof Transition.Approve approve) {
                        freeze(connection, row.id(), number, approve.act(), reasonOf(before), actor);
                    }
                    update(connection, row.id(), after);
                    AuditChain.append(connection, actor, List.of(audit(entity, year, transition, before, after, number)));
                    return status(connection, entity, year);
                });
    }

    /**
     * The plan as the choice names it: the current plan, or an approved version (the first, the
     * latest, or by number). Empty when there is no such plan or version.
     */
    public Optional<Plan> read(String entity, int year, VersionChoice choice) {
        return Transactions.inSnapshot(dataSource, "reading the plan of " + entity + " for " + year,
                connection -> read(connection, entity, year, choice));
    }

    /**
     * The plan a reader is shown when they name no version: the current plan to the people of its
     * entity ({@code workingVisible}); to everyone else the latest approved version, never a working
     * draft under revision (a plan never approved has none: the current one, which the access
     * rules show only to the people of the entity).
     */
    public Optional<Plan> shown(String entity, int year, boolean workingVisible) {
        return Transactions.inSnapshot(dataSource, "reading the plan of " + entity + " for " + year, connection -> {
            if (workingVisible) {
                return read(connection, entity, year, VersionChoice.CURRENT);
            }
            var latest = read(connection, entity, year, VersionChoice.REVISED);
            return latest.isPresent() ? latest : read(connection, entity, year, VersionChoice.CURRENT);
        });
    }

    private Optional<Plan> read(Connection connection, String entity, int year, VersionChoice choice) throws SQLException {
        if (choice instanceof VersionChoice.Current) {
            return new PlanReader(connection, cache).read(entity, year);
        }
        var versions = versions(connection, entity, year);
        var chosen = switch (choice) {
            case VersionChoice.Current c -> Optional.<StoredVersion>empty();
            case VersionChoice.FirstApproved f -> versions.stream().findFirst();
            case VersionChoice.LatestApproved l -> versions.isEmpty() ? Optional.<StoredVersion>empty()
                    : Optional.of(versions.getLast());
            case VersionChoice.Numbered n -> versions.stream().filter(v -> v.version().number() == n.number()).findFirst();
        };
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        var v = chosen.get();
        return Optional.of(new PlanReader(connection, cache).readFrozen(v.id(), entity, year, v.baselineYears(),
                v.targetYears(), v.lastNodeKey()));
    }

    private static Optional<PlanStatus> status(Connection connection, String entity, int year) throws SQLException {
        try (var statement = connection.prepareStatement(STATUS)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PlanStatus(entity, year, PlanSaving.lifecycle(row), row.getInt("version"),
                        versions(connection, entity, year).stream().map(StoredVersion::version).toList()));
            }
        }
    }

    private static List<StoredVersion> versions(Connection connection, String entity, int year) throws SQLException {
        try (var statement = connection.prepareStatement(VERSIONS)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                var out = new ArrayList<StoredVersion>();
                while (row.next()) {
                    out.add(new StoredVersion(row.getLong("id"), version(row), row.getString("baseline_years"),
                            row.getString("target_years"), row.getInt("last_node_key")));
                }
                return out;
            }
        }
    }

    private static ApprovedVersion version(ResultSet row) throws SQLException {
        return new ApprovedVersion(row.getInt("version_number"),
                new ApprovingAct(row.getString("act_number"), row.getObject("act_date", LocalDate.class)),
                row.getString("reason"), row.getObject("approved_at", OffsetDateTime.class).toInstant(),
                row.getString("approved_by"));
    }

    /** Copies the current plan's rows as approved version {@code number}. */
    private static void freeze(Connection connection, long planId, int number, ApprovingAct act, String reason,
            Actor actor) throws SQLException {
        long versionId;
        try (var insert = connection.prepareStatement(INSERT_VERSION, new String[] {"id"})) {
            insert.setInt(1, number);
            insert.setString(2, act.number());
            insert.setObject(3, act.date());
            insert.setString(4, reason);
            insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(6, actor.name());
            insert.setLong(7, planId);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                versionId = keys.getLong(1);
            }
        }
        for (var sql : FREEZE) {
            try (var copy = connection.prepareStatement(sql)) {
                copy.setLong(1, versionId);
                copy.setLong(2, planId);
                copy.executeUpdate();
            }
        }
    }

    private static void update(Connection connection, long planId, Lifecycle after) throws SQLException {
        try (var update = connection.prepareStatement(UPDATE_PLAN)) {
            update.setString(1, after.state().name());
            update.setString(2, reasonOf(after).isEmpty() ? null : reasonOf(after));
            update.setLong(3, planId);
            update.executeUpdate();
        }
    }

    private static String reasonOf(Lifecycle lifecycle) {
        return lifecycle.revision() instanceof Lifecycle.Revision.InProgress r ? r.reason() : "";
    }

    /** The entry of a transition: the state before and after, the act and version of an approval, the reason of a revision. */
    private static AuditChange audit(String entity, int year, Transition transition, Lifecycle before, Lifecycle after,
            int number) {
        var kind = switch (transition) {
            case Transition.Approve a -> ChangeKind.PLAN_APPROVED;
            case Transition.Publish p -> ChangeKind.PLAN_PUBLISHED;
            case Transition.Close c -> ChangeKind.PLAN_CLOSED;
            case Transition.Revise r -> ChangeKind.REVISION_STARTED;
        };
        var was = new LinkedHashMap<String, String>();
        was.put("stato", state(before));
        var is = new LinkedHashMap<String, String>();
        is.put("stato", state(after));
        if (transition instanceof Transition.Approve a) {
            is.put("versione approvata", String.valueOf(number));
            is.put("atto", a.act().number());
            is.put("data atto", ItalianFormat.formatDate(a.act().date()));
        }
        var reason = transition instanceof Transition.Revise r ? r.reason() : reasonOf(before);
        return new AuditChange(new AuditScope.OfPlan(entity, year), kind, "piano " + entity + " " + year,
                CompactJson.object(was), CompactJson.object(is), reason);
    }

    /** The state in the Italian words of the audit trail, with the revision in progress. */
    private static String state(Lifecycle lifecycle) {
        var word = switch (lifecycle.state()) {
            case DRAFT -> "bozza";
            case APPROVED -> "approvato";
            case PUBLISHED -> "pubblicato";
            case CLOSED -> "chiuso";
        };
        return lifecycle.revising() ? word + ", in rimodulazione" : word;
    }
}
