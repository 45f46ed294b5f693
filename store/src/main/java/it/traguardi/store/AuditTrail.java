package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.plan.NodeId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Registro delle modifiche (audit trail): every change to plans, nodes, weights, targets,
 * baselines, formulas, values, comments, measures and scoring rules, and every refused request,
 * with who, when, from where, before, after and why. The stores append to it in the transaction of
 * the change itself ({@link AuditChain}); this class reads it, verifies its chain and records
 * refusals. Nothing here or anywhere in the application changes or deletes an entry.
 */
public final class AuditTrail {

    private final DataSource dataSource;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Records a request refused by the access gate: who asked, for what (the scope of the plan it
     * named, or the archive) and why it was refused. Its own transaction: nothing else is written.
     */
    public void refused(Actor actor, AuditScope scope, String request, String reason) {
        var change = new AuditChange(scope, ChangeKind.ACCESS_DENIED, request, "", "", reason);
        Transactions.inTransaction(dataSource, "recording a refusal", connection -> {
            AuditChain.append(connection, actor, List.of(change));
            return null;
        });
    }

    /** How many entries the filter selects. */
    public long count(AuditFilter filter) {
        var parameters = new ArrayList<Object>();
        var sql = "select count(*) from audit_entry" + filter.where(parameters);
        return Transactions.inTransaction(dataSource, "counting the audit trail", connection -> {
            try (var select = connection.prepareStatement(sql)) {
                bind(select, parameters);
                try (var row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The entries the filter selects, from {@code offset}, at most {@code limit}, newest or oldest first. */
    public List<AuditEntry> list(AuditFilter filter, long offset, int limit, boolean newestFirst) {
        var parameters = new ArrayList<Object>();
        var sql = "select " + AuditChain.COLUMNS + " from audit_entry" + filter.where(parameters)
                + " order by sequence_number" + (newestFirst ? " desc" : "") + " limit ? offset ?";
        parameters.add(limit);
        parameters.add(offset);
        return Transactions.inTransaction(dataSource, "reading the audit trail", connection -> {
            try (var select = connection.prepareStatement(sql)) {
                bind(select, parameters);
                var out = new ArrayList<AuditEntry>();
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(entry(AuditChain.row(rows), rows.getString("entry_hash")));
                    }
                }
                return out;
            }
        });
    }

    /** Verifies the whole chain, holding the chain's lock while it reads (writers wait). */
    public ChainCheck verify() {
        return Transactions.inTransaction(dataSource, "verifying the audit trail", AuditChain::verify);
    }

    private static void bind(java.sql.PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static AuditEntry entry(AuditHash.Row row, String hash) {
        AuditScope scope;
        if (row.entity() == null) {
            scope = AuditScope.ARCHIVE;
        } else if (row.year() == null) {
            scope = new AuditScope.OfEntity(row.entity());
        } else if (row.node() == null) {
            scope = new AuditScope.OfPlan(row.entity(), row.year());
        } else {
            scope = new AuditScope.OfNode(row.entity(), row.year(), new NodeId(row.node()));
        }
        var change = new AuditChange(scope, ChangeKind.valueOf(row.kind()), row.subject(), row.before(), row.after(),
                row.reason());
        return new AuditEntry(row.sequence(), row.at(), new Actor(row.actor(), row.address()), change,
                row.previousHash(), hash);
    }
}
