package it.traguardi.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.value.Weight;
import it.traguardi.store.Actor;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.account.Accounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a backup and its restore must do on every database: the same plan and audit trail in the
 * restored database, also when a node comes before its parent in key order (moved under an area
 * added after it); a refusal of a database that is not empty, and of a copy whose audit trail does
 * not verify, which leaves the database as empty as it was (so it runs first).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DatabaseBackupContract {

    private static final Actor ACTOR = new Actor("collaudo", "127.0.0.1");

    /** The database backed up, and an empty one to restore into. */
    abstract Database source();

    abstract Database target();

    /** Areas 1 and 3, objective 2 moved from the first to the second: a child whose key is below its parent's. */
    private static Plan movedPlan() {
        var plan = new Plan("Carpi", 2024, List.of(), List.of(2024, 2025, 2026), List.of());
        plan = PlanEdits.add(plan, new SiblingGroup.Areas(), "A1", "Ambito uno", Weight.percent("50"));
        plan = PlanEdits.add(plan, new SiblingGroup.Objectives(new NodeId(1)), "OS1", "Obiettivo", Weight.FULL);
        plan = PlanEdits.add(plan, new SiblingGroup.Areas(), "A2", "Ambito due", Weight.percent("50"));
        return PlanEdits.moveTo(plan, new NodeId(2), new SiblingGroup.Objectives(new NodeId(3)));
    }

    @Test
    @Order(2)
    void a_restored_database_holds_the_same_plan_and_audit_trail_even_with_a_child_keyed_before_its_parent()
            throws IOException {
        var plan = movedPlan();
        assertThat(plan.areas().get(1).objectives().getFirst().id()).isEqualTo(new NodeId(2));
        new PlanStore(source().dataSource()).save(plan, false, ACTOR);
        var bytes = new ByteArrayOutputStream();

        var written = DatabaseBackup.write(source(), bytes);
        var restored = DatabaseRestore.restore(target(), new ByteArrayInputStream(bytes.toByteArray()), "copia");

        assertThat(restored).isEqualTo(written);
        assertThat(new PlanStore(target().dataSource()).load("Carpi", 2024)).contains(plan);
        var entries = ((ChainCheck.Intact) new AuditTrail(source().dataSource()).verify()).entries();
        assertThat(new AuditTrail(target().dataSource()).verify()).isEqualTo(new ChainCheck.Intact(entries));
        // the identity columns go on after the ids restored: a new entity gets a new id
        new PlanStore(target().dataSource()).save(new Plan("Mirandola", 2024, List.of(), List.of(2024), List.of()),
                false, ACTOR);
        assertThat(new PlanStore(target().dataSource()).list()).hasSize(2);

        assertThatThrownBy(() -> DatabaseRestore.restore(target(), new ByteArrayInputStream(bytes.toByteArray()), "copia"))
                .isInstanceOfSatisfying(BackupRefusedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("backup.not-empty"));
    }

    @Test
    @Order(1)
    void a_copy_whose_audit_trail_does_not_verify_is_refused_and_leaves_the_database_empty() throws Exception {
        // an entry of its own (an account, no plan), altered behind the database's back, then put back
        Accounts.on(source().dataSource(), Clock.systemUTC()).users()
                .add("ispettore", "Ispettore", false, "cavallo batteria graffetta", ACTOR);
        var bytes = new ByteArrayOutputStream();
        setFirstAuditActor(source(), "qualcun altro");
        try {
            DatabaseBackup.write(source(), bytes);
        } finally {
            setFirstAuditActor(source(), ACTOR.name());
        }

        assertThatThrownBy(() -> DatabaseRestore.restore(target(), new ByteArrayInputStream(bytes.toByteArray()), "copia"))
                .isInstanceOfSatisfying(BackupRefusedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("backup.audit-broken"));
        // rolled back whole: nothing of the copy is kept (the next test restores a good copy into it)
        assertThat(new AuditTrail(target().dataSource()).verify()).isEqualTo(new ChainCheck.Intact(0));
        assertThat(new AuditTrail(source().dataSource()).verify()).isInstanceOf(ChainCheck.Intact.class);
    }

    /** The restore of a copy changed by {@code change}, refused: the message's key and arguments. */
    private String refusal(java.util.function.Consumer<BackupRewrite.Block> change) throws IOException {
        var bytes = new ByteArrayOutputStream();
        DatabaseBackup.write(source(), bytes);
        var changed = BackupRewrite.rewrite(bytes.toByteArray(), change);
        try {
            DatabaseRestore.restore(target(), new ByteArrayInputStream(changed), "copia");
        } catch (BackupRefusedException e) {
            return e.reason().key() + " " + e.reason().args();
        }
        throw new AssertionError("the changed copy was restored");
    }

    private static void onTable(BackupRewrite.Block block, String table, Runnable change) {
        if (block.name().equals(table)) {
            change.run();
        }
    }

    @Test
    @Order(1)
    void a_copy_with_a_value_that_is_no_instant_or_rows_the_database_refuses_is_refused_naming_table_and_row()
            throws Exception {
        // each of these ended in an internal error (exit 70) with the driver's words in the log
        assertThat(refusal(b -> onTable(b, "housekeeping_lease", () -> b.rows().getFirst()[b.columns().indexOf("ran_at")] = "ieri")))
                .isEqualTo("backup.value [copia, housekeeping_lease, 1, ran_at]");
        // the entity's name is at most 200 characters (V001); the second row repeats the first's id
        assertThat(refusal(b -> onTable(b, "entity", () -> b.rows().add(new Object[] {1L, "E".repeat(201)}))))
                .isEqualTo("backup.row [copia, entity, 1]");
        assertThat(refusal(b -> onTable(b, "entity", () -> {
            b.rows().add(new Object[] {1L, "Carpi"});
            b.rows().add(new Object[] {1L, "Mirandola"});
        }))).isEqualTo("backup.row [copia, entity, 2]");
        // a column of another kind: a name carried as a number
        assertThat(refusal(b -> onTable(b, "entity", () -> b.kinds().set(b.columns().indexOf("name"), ColumnKind.INTEGER))))
                .isEqualTo("backup.table [copia, entity]");
        // nothing of any of them is kept
        assertThat(new AuditTrail(target().dataSource()).verify()).isEqualTo(new ChainCheck.Intact(0));
    }

    /** Sets the author of the first audit entry behind the database's back (past its append-only trigger). */
    private static void setFirstAuditActor(Database database, String actor) throws SQLException {
        var postgres = database.isPostgres();
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute(postgres ? "alter table audit_entry disable trigger audit_entry_append_only"
                    : "drop trigger audit_entry_append_only");
            try (var update = connection.prepareStatement("update audit_entry set actor = ? where sequence_number = 1")) {
                update.setString(1, actor);
                update.executeUpdate();
            }
            statement.execute(postgres ? "alter table audit_entry enable trigger audit_entry_append_only"
                    : "create trigger audit_entry_append_only before update, delete on audit_entry"
                            + " for each row call 'it.traguardi.store.AuditAppendOnly'");
        }
    }
}
