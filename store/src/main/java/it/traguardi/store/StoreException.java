package it.traguardi.store;

import java.sql.SQLException;

/** The database refused or failed an operation; nothing of that operation was kept. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }

    /** The SQLSTATE of the database error (e.g. {@code 22001} for a value too long for its column). */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
