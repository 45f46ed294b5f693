package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.value.Unit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Catalogo delle misure di un ente: saves and lists an entity's measures, by code. */
public final class MeasureStore {

    private static final String DELETE = "delete from measure where entity_id = ? and code = ?";
    private static final String INSERT = """
            insert into measure (entity_id, code, description, unit, source, owner) values (?, ?, ?, ?, ?, ?)""";
    private static final String LIST = """
            select m.* from measure m join entity e on e.id = m.entity_id where e.name = ? order by m.code""";

    private final DataSource dataSource;

    public MeasureStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Saves the measures by {@code actor} in one transaction, each with its audit entry (the
     * measure before, if the catalog had it, and after); a measure with a code already stored
     * replaces it.
     */
    public void save(String entity, List<Measure> measures, Actor actor) {
        Transactions.inTransaction(dataSource, "saving the measures of " + entity, connection -> {
            var entityId = Entities.idOf(connection, entity);
            var stored = new HashMap<String, Measure>();
            list(connection, entity).forEach(m -> stored.put(m.code(), m));
            var changes = new ArrayList<AuditChange>();
            try (var delete = connection.prepareStatement(DELETE); var insert = connection.prepareStatement(INSERT)) {
                for (var measure : measures) {
                    delete.setLong(1, entityId);
                    delete.setString(2, measure.code());
                    delete.executeUpdate();
                    bind(insert, entityId, measure);
                    insert.executeUpdate();
                    changes.add(audit(entity, Optional.ofNullable(stored.get(measure.code())), measure));
                }
            }
            AuditChain.append(connection, actor, changes);
            return null;
        });
    }

    /** The audit entry of a measure saved (added, or changed from {@code before}). */
    static AuditChange audit(String entity, Optional<Measure> before, Measure after) {
        return new AuditChange(new AuditScope.OfEntity(entity), ChangeKind.MEASURE_SAVED, "misura " + after.code(),
                before.map(MeasureStore::fields).orElse(""), fields(after), "");
    }

    private static String fields(Measure measure) {
        var out = new LinkedHashMap<String, String>();
        out.put("unita", measure.unit().symbol());
        out.put("descrizione", measure.description());
        out.put("fonte", measure.source());
        out.put("responsabile", measure.owner());
        return CompactJson.object(out);
    }

    /**
     * Adds to the catalog, inside the caller's transaction, the measures whose codes it lacks;
     * measures already there (perhaps described by a person) are left as they are. Returns those added.
     */
    static List<Measure> addMissing(Connection connection, String entity, List<Measure> measures)
            throws SQLException {
        var added = new ArrayList<Measure>();
        if (measures.isEmpty()) {
            return added;
        }
        var entityId = Entities.idOf(connection, entity);
        var known = new HashSet<String>();
        try (var codes = connection.prepareStatement("select code from measure where entity_id = ?")) {
            codes.setLong(1, entityId);
            try (var row = codes.executeQuery()) {
                while (row.next()) {
                    known.add(row.getString(1));
                }
            }
        }
        try (var insert = connection.prepareStatement(INSERT)) {
            for (var measure : measures) {
                if (known.add(measure.code())) {
                    bind(insert, entityId, measure);
                    insert.addBatch();
                    added.add(measure);
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    private static void bind(PreparedStatement insert, long entityId, Measure measure) throws SQLException {
        insert.setLong(1, entityId);
        insert.setString(2, measure.code());
        insert.setString(3, measure.description());
        insert.setString(4, measure.unit().name());
        insert.setString(5, measure.source());
        insert.setString(6, measure.owner());
    }

    /** The entity's measures, ordered by code. */
    public List<Measure> list(String entity) {
        return Transactions.inTransaction(dataSource, "listing the measures of " + entity, c -> list(c, entity));
    }

    private static List<Measure> list(Connection connection, String entity) throws SQLException {
        try (var statement = connection.prepareStatement(LIST)) {
            statement.setString(1, entity);
            try (var row = statement.executeQuery()) {
                var out = new ArrayList<Measure>();
                while (row.next()) {
                    out.add(new Measure(row.getString("code"), row.getString("description"),
                            Unit.valueOf(row.getString("unit")), row.getString("source"), row.getString("owner")));
                }
                return out.stream().sorted(java.util.Comparator.comparing(Measure::code)).toList();
            }
        }
    }
}
