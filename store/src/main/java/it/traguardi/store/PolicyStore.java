package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.LateCredit;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyColumns;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.PolicyText;
import it.traguardi.core.score.ScoringPolicy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Regole di misurazione dei piani: loads and saves the scoring policy of an entity's plan year. */
public final class PolicyStore {

    private static final String SELECT_POLICY = """
            select p.* from plan_policy p join entity e on e.id = p.entity_id where e.name = ? and p.plan_year = ?""";
    private static final String SELECT_OVERRIDES = """
            select o.node_key, o.change_text from policy_override o join entity e on e.id = o.entity_id
            where e.name = ? and o.plan_year = ? order by o.node_key, o.position""";
    private static final String DELETE_POLICY = "delete from plan_policy where entity_id = ? and plan_year = ?";
    private static final String DELETE_OVERRIDES = "delete from policy_override where entity_id = ? and plan_year = ?";
    private static final String INSERT_POLICY = """
            insert into plan_policy (entity_id, plan_year, cap_at_full, floor_percent, bands, late_kind, late_amount,
                missing, achieved_from, partly_from, provisional_below) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_OVERRIDE = """
            insert into policy_override (entity_id, plan_year, node_key, position, change_text) values (?, ?, ?, ?, ?)""";

    private final DataSource dataSource;

    public PolicyStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The plan's rules; the defaults when none were saved. */
    public PlanPolicy load(String entity, int year) {
        return Transactions.inTransaction(dataSource, "loading the policy of " + entity + " for " + year,
                c -> load(c, entity, year));
    }

    /** The rules as {@code policy set} writes them: the policy, then each indicator's overrides by its id. */
    private static String text(PlanPolicy rules) {
        var out = new LinkedHashMap<String, String>();
        out.put("regole", PolicyText.write(new PolicyChange.Replace(rules.policy())));
        rules.overrides().changes().forEach((node, changes) -> out.put(node.toString(),
                changes.stream().map(PolicyText::write).collect(Collectors.joining(";"))));
        return CompactJson.object(out);
    }

    private static PlanPolicy load(Connection c, String entity, int year) throws SQLException {
        var policy = ScoringPolicy.defaults();
        try (var statement = keyed(c, SELECT_POLICY, entity, year); var row = statement.executeQuery()) {
            if (row.next()) {
                policy = policy(row);
            }
        }
        var changes = new TreeMap<NodeId, List<PolicyChange>>();
        try (var statement = keyed(c, SELECT_OVERRIDES, entity, year); var row = statement.executeQuery()) {
            while (row.next()) {
                changes.computeIfAbsent(new NodeId(row.getInt("node_key")), k -> new ArrayList<>())
                        .add(change(row.getString("change_text")));
            }
        }
        return new PlanPolicy(policy, new PolicyOverrides(changes));
    }

    /**
     * Replaces the plan's rules by {@code actor}, policy and overrides together, in one
     * transaction with its audit entry (the rules before and after, as {@code policy set} writes them).
     */
    public void save(String entity, int year, PlanPolicy rules, Actor actor) {
        Transactions.inTransaction(dataSource, "saving the policy of " + entity + " for " + year, c -> {
            var before = load(c, entity, year);
            var entityId = Entities.idOf(c, entity);
            PlanSaving.requireRecordable(c, entityId, entity, year);
            for (var sql : List.of(DELETE_POLICY, DELETE_OVERRIDES)) {
                try (var delete = c.prepareStatement(sql)) {
                    delete.setLong(1, entityId);
                    delete.setInt(2, year);
                    delete.executeUpdate();
                }
            }
            insertPolicy(c, entityId, year, rules.policy());
            insertOverrides(c, entityId, year, rules.overrides().changes());
            AuditChain.append(c, actor, List.of(new AuditChange(new AuditScope.OfPlan(entity, year),
                    ChangeKind.POLICY_CHANGED, "regole di misurazione", text(before), text(rules), "")));
            return null;
        });
    }

    private static PreparedStatement keyed(Connection c, String sql, String entity, int year) throws SQLException {
        var statement = c.prepareStatement(sql);
        statement.setString(1, entity);
        statement.setInt(2, year);
        return statement;
    }

    private static ScoringPolicy policy(ResultSet row) throws SQLException {
        try {
            return PolicyColumns.policy(row.getBoolean("cap_at_full"), plain(row.getBigDecimal("floor_percent")),
                    row.getString("bands"), row.getString("late_kind"), plain(row.getBigDecimal("late_amount")),
                    row.getString("missing"), plain(row.getBigDecimal("achieved_from")),
                    plain(row.getBigDecimal("partly_from")), plain(row.getBigDecimal("provisional_below")));
        } catch (PolicyColumns.Refused e) {
            throw new IllegalStateException("unreadable scoring rules in the database: " + e.getMessage(), e);
        }
    }

    private static PolicyChange change(String text) {
        try {
            return PolicyText.readChange(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unknown policy change in the database: " + text, e);
        }
    }

    /** 70.00 read back as 70: the columns have two decimals, the policy keeps numbers as written. */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        var stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void insertPolicy(Connection c, long entityId, int year, ScoringPolicy policy) throws SQLException {
        try (var insert = c.prepareStatement(INSERT_POLICY)) {
            insert.setLong(1, entityId);
            insert.setInt(2, year);
            insert.setBoolean(3, policy.capAtFull());
            Columns.setDecimal(insert, 4, policy.floor() instanceof Floor.Below b ? b.percent() : null);
            insert.setString(5, policy.bands().isContinuous() ? "" : PolicyText.thresholds(policy.bands()));
            insert.setString(6, switch (policy.lateCredit()) {
                case LateCredit.None n -> "NONE";
                case LateCredit.PointsPerDay p -> "PER_DAY";
                case LateCredit.PointsPerWeek p -> "PER_WEEK";
                case LateCredit.Fixed f -> "FIXED";
            });
            Columns.setDecimal(insert, 7, switch (policy.lateCredit()) {
                case LateCredit.None n -> null;
                case LateCredit.PointsPerDay p -> p.points();
                case LateCredit.PointsPerWeek p -> p.points();
                case LateCredit.Fixed f -> f.percent();
            });
            insert.setString(8, policy.missing().name());
            insert.setBigDecimal(9, policy.lights().achievedFrom());
            insert.setBigDecimal(10, policy.lights().partlyFrom());
            insert.setBigDecimal(11, policy.provisionalBelow());
            insert.executeUpdate();
        }
    }

    private static void insertOverrides(Connection c, long entityId, int year, Map<NodeId, List<PolicyChange>> changes)
            throws SQLException {
        try (var insert = c.prepareStatement(INSERT_OVERRIDE)) {
            for (var entry : changes.entrySet()) {
                var position = 0;
                for (var change : entry.getValue()) {
                    insert.setLong(1, entityId);
                    insert.setInt(2, year);
                    insert.setInt(3, entry.getKey().value());
                    insert.setInt(4, ++position);
                    insert.setString(5, PolicyText.write(change));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
