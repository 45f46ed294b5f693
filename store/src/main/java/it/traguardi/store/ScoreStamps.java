package it.traguardi.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
            var value = row.getString(c);
            // the length first: no two different rows give the same text
            text.append('|').append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
        }
        text.append('\n');
    }
}
