package it.traguardi.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The CommentStore on an embedded H2 file database, in a folder of its own. */
class CommentStoreOnH2Test extends CommentStoreContract {

    @TempDir
    static Path folder;
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("traguardi"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}
