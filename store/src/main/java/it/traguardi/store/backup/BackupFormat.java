package it.traguardi.store.backup;

/**
 * The backup file: gzip over a stream that starts with {@value #MAGIC} and the format's version,
 * then the database it came from, then each table (name, columns with their kind, rows, each row
 * after a {@code true}, a {@code false} after the last), and {@value #END} at the end, so a file
 * cut short is told from a whole one.
 */
final class BackupFormat {

    static final String MAGIC = "traguardi-backup";
    static final int VERSION = 1;
    static final String END = "end-of-backup";
    /** No value of ours comes near it (the largest column holds 100.000 characters): a bigger length is a damaged file. */
    static final int LARGEST_VALUE = 64 * 1024 * 1024;

    private BackupFormat() {
    }
}
