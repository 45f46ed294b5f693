package it.traguardi.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The database refused or failed an operation; nothing of that operation was kept. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }

    /**
     * Whether the database was only too busy: no connection of the pool came free in time (every one
     * was serving another request). Nothing was done, and the same request may be tried again shortly.
     */
    public boolean busy() {
        return getCause() instanceof SQLTransientConnectionException;
    }

    /** The SQLSTATE of the database error (e.g. {@code 22001} for a value too long for its column). */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
