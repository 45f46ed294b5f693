package it.traguardi.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The CommentStore on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class CommentStoreOnPostgresTest extends CommentStoreContract {

    private static PostgresSchema schema;
    private static Database database;

    @BeforeAll
    static void open() {
        schema = PostgresSchema.create();
        database = Database.open(schema.url());
    }

    @AfterAll
    static void close() {
        if (schema == null) {
            return; // the server could not be reached: open() has already failed the class
        }
        try {
            database.close();
        } finally {
            schema.close();
        }
    }

    @Override
    Database database() {
        return database;
    }
}
