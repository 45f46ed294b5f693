package it.traguardi.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Timbri dei punteggi: for every stored plan, a stamp of everything its year-end score depends on,
 * read in three small queries, so that a score computed once can be shown again until its stamp
 * changes. A score is a function of the plan, its year-end values and its rules: the plan's row and
 * version change with every save of the plan; values are only ever added (a correction is one more
 * record, nothing is updated), so their count changes with every value recorded, whatever order
 * concurrent transactions commit in; the rules are few rows, taken whole.
 */
public final class ScoreStamps {

    private static final String PLANS = """
            select p.entity_id, e.name, p.plan_year, p.id, p.version
            from plan p join entity e on e.id = p.entity_id""";
    private static final String YEAR_VALUES = """
            select entity_id, plan_year, sum(case when period_date is null then 1 else 0 end) as year_values,
            count(*) as all_values from actual_value group by entity_id, plan_year""";
    private static final String POLICIES = "select * from plan_policy";
    private static final String OVERRIDES = """
            select entity_id, plan_year, node_key, position, change_text from policy_override
            order by entity_id, plan_year, node_key, position""";

    /**
     * What a plan's year-end score depends on, and what its values of every period do. Two stamps
     * are equal only if the plan row and version, the number of year-end values recorded, the rules
     * (as stored) and the number of values recorded for any period are all equal; the last one moves
     * what the home page says is still waiting for a period, not the score.
     */
    public record Stamp(String entity, int year, long planRow, int version, long yearValues, String rules,
            long allValues) {
        public Stamp {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(rules, "rules");
        }
    }

    // one row: the current plan row, its rules row, and three counts per table (entity and year bound in each)
    private static final String REVISION = """
            select p.id, p.version, p.state, p.revision_reason, p.entity_id, v.*, c.*, f.*, r.*
            from plan p join entity e on e.id = p.entity_id
            cross join (select count(*) as n_values, coalesce(max(x.id), 0) as last_value, count(x.archived_at) as
              archived_values from actual_value x join entity xe on xe.id = x.entity_id where xe.name = ? and x.plan_year = ?) v
            cross join (select count(*) as n_comments, coalesce(max(x.id), 0) as last_comment, count(x.archived_at) as
              archived_comments from node_comment x join entity xe on xe.id = x.entity_id where xe.name = ? and x.plan_year = ?) c
            cross join (select count(*) as n_versions, coalesce(max(x.id), 0) as last_version from plan_version x
              join entity xe on xe.id = x.entity_id where xe.name = ? and x.plan_year = ?) f
            left join plan_policy r on r.entity_id = p.entity_id and r.plan_year = p.plan_year
            where e.name = ? and p.plan_year = ?""";
    private static final String OVERRIDES_OF = """
            select node_key, position, change_text from policy_override
            where entity_id = ? and plan_year = ? order by node_key, position""";

    private record Key(long entityId, int year) {
    }

    private final DataSource dataSource;

    public ScoreStamps(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The stamp of every stored plan, in no particular order; all read in one transaction. */
    public List<Stamp> all() {
        return Transactions.inTransaction(dataSource, "reading the score stamps", connection -> {
            var values = counts(connection);
            var rules = rules(connection);
            var out = new ArrayList<Stamp>();
            try (var statement = connection.prepareStatement(PLANS); var row = statement.executeQuery()) {
                while (row.next()) {
                    var key = new Key(row.getLong("entity_id"), row.getInt("plan_year"));
                    var counted = values.getOrDefault(key, new long[2]);
                    out.add(new Stamp(row.getString("name"), key.year(), row.getLong("id"), row.getInt("version"),
                            counted[0], rules.getOrDefault(key, new StringBuilder()).toString(), counted[1]));
                }
            }
            return out;
        });
    }

    /**
     * The revision of one plan: a text that changes whenever anything its pages show from the
     * database changes; empty when no such plan is stored. It holds the current plan's row, version,
     * state and revision reason, how many approved versions it has and the highest, and of its values
     * and comments how many there are, the highest row and how many are archived: values and comments
     * are only ever added and archived once (never updated otherwise), versions only added, and row
     * ids only grow, so any write of those moves a number. The rules are few rows, taken whole. Two
     * statements on one connection, no transaction: each part is read after the call began, which is
     * what a reader of a page rendered afterwards needs (a page is newer than its revision, never older).
     */
    public Optional<String> revision(String entity, int year) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(REVISION)) {
            for (int i = 1; i <= 7; i += 2) {
                statement.setString(i, entity);
                statement.setInt(i + 1, year);
            }
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                var text = new StringBuilder();
                appendRow(row, row.getMetaData().getColumnCount(), text);
                return Optional.of(overrides(connection, row.getLong("entity_id"), year, text).toString());
            }
        } catch (SQLException e) {
            throw new StoreException("reading the revision of the plan of " + entity + " for " + year, e);
        }
    }

    private static StringBuilder overrides(Connection connection, long entityId, int year, StringBuilder text)
            throws SQLException {
        try (var statement = connection.prepareStatement(OVERRIDES_OF)) {
            statement.setLong(1, entityId);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    appendRow(row, 3, text.append("override"));
                }
            }
        }
        return text;
    }

    /** Per plan, the count of its year-end values and of its values of every period. */
    private static Map<Key, long[]> counts(Connection connection) throws SQLException {
        var out = new HashMap<Key, long[]>();
        try (var statement = connection.prepareStatement(YEAR_VALUES); var row = statement.executeQuery()) {
            while (row.next()) {
                out.put(new Key(row.getLong("entity_id"), row.getInt("plan_year")),
                        new long[] {row.getLong("year_values"), row.getLong("all_values")});
            }
        }
        return out;
    }

    /** Every rule row as stored, column by column, per plan: any change of a rule changes the text. */
    private static Map<Key, StringBuilder> rules(Connection connection) throws SQLException {
        var out = new HashMap<Key, StringBuilder>();
        appendRows(connection, POLICIES, "policy", out);
        appendRows(connection, OVERRIDES, "override", out);
        return out;
    }

    private static void appendRows(Connection connection, String sql, String label, Map<Key, StringBuilder> out)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql); var row = statement.executeQuery()) {
            var columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                var text = out.computeIfAbsent(new Key(row.getLong("entity_id"), row.getInt("plan_year")),
                        k -> new StringBuilder());
                text.append(label);
                appendRow(row, columns, text);
            }
        }
    }

    private static void appendRow(ResultSet row, int columns, StringBuilder text) throws SQLException {
        for (int c = 1; c <= columns; c++) {
            appendValue(row.getString(c), text);
        }
        text.append('\n');
    }

    /** The length first: no two different rows give the same text. */
    private static void appendValue(String value, StringBuilder text) {
        text.append('|').append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
    }
}
