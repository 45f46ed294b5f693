package it.traguardi.store;

import it.traguardi.core.measure.Measure;
import it.traguardi.core.value.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /** Saves the measures in one transaction; a measure with a code already stored replaces it. */
    public void save(String entity, List<Measure> measures) {
        Transactions.inTransaction(dataSource, "saving the measures of " + entity, connection -> {
            var entityId = Entities.idOf(connection, entity);
            try (var delete = connection.prepareStatement(DELETE); var insert = connection.prepareStatement(INSERT)) {
                for (var measure : measures) {
                    delete.setLong(1, entityId);
                    delete.setString(2, measure.code());
                    delete.executeUpdate();
                    insert.setLong(1, entityId);
                    insert.setString(2, measure.code());
                    insert.setString(3, measure.description());
                    insert.setString(4, measure.unit().name());
                    insert.setString(5, measure.source());
                    insert.setString(6, measure.owner());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The entity's measures, ordered by code. */
    public List<Measure> list(String entity) {
        return Transactions.inTransaction(dataSource, "listing the measures of " + entity, connection -> {
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
        });
    }
}
