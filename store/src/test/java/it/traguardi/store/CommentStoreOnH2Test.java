package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The comment store contract on an embedded H2 file database, in a folder of its own. */
class CommentStoreOnH2Test extends CommentStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
