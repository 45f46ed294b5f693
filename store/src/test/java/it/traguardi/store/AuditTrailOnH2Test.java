package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail contract on an embedded H2 file database, in a folder of its own. */
class AuditTrailOnH2Test extends AuditTrailContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
