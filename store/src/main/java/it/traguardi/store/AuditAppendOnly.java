package it.traguardi.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The audit trail is append-only in the database itself, on H2 (db/h2/V015_2): this trigger
 * refuses every update and delete of {@code audit_entry}, whoever asks. H2 fires no trigger on
 * TRUNCATE, and whoever may drop the trigger may then change the table: the hash chain is what
 * shows it ({@code ./traguardi audit verify}). PostgreSQL has a trigger of its own (db/postgresql).
 */
public final class AuditAppendOnly implements Trigger {

    /** The SQLSTATE of an insufficient privilege, as PostgreSQL's trigger answers too. */
    static final String REFUSED = "42501";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                REFUSED);
    }
}
