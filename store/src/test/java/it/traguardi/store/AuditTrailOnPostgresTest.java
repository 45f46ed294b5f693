package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail contract on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class AuditTrailOnPostgresTest extends AuditTrailContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }

    /** H2 fires no trigger on TRUNCATE (db/h2/V015_2): PostgreSQL refuses it too. */
    @Test
    void the_database_refuses_to_truncate_the_trail() throws SQLException {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        var before = all();

        assertThatThrownBy(() -> sql("truncate audit_entry"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));

        assertThat(all()).isEqualTo(before);
    }
}
