package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.Assignments;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.plan.NodeId;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the assignment store: each kind read back, per entity, year and login. */
abstract class AssignmentStoreContract {

    static final String ENTITY = "CCIAA di Modena";
    static final int YEAR = 2022;

    AssignmentStore store;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        store = new AssignmentStore(database().dataSource());
    }

    static Assignment of(String login, Assignment.Scope scope) {
        return new Assignment(ENTITY, YEAR, login, scope);
    }

    @Test
    void every_kind_of_assignment_reads_back_by_login() {
        var owner = new Assignment.Scope.OfOwner("Area Anagrafe & Registro d'impresa (l'ufficio «più» grande)");
        assertThat(store.add(of("rossi", new Assignment.Scope.OfIndicator(new NodeId(12))), TestActors.TESTER)).isTrue();
        assertThat(store.add(of("rossi", new Assignment.Scope.OfMeasure("M1")), TestActors.TESTER)).isTrue();
        assertThat(store.add(of("bianchi", owner), TestActors.TESTER)).isTrue();

        assertThat(store.of(ENTITY, YEAR, "rossi")).isEqualTo(new Assignments(List.of(
                new Assignment.Scope.OfIndicator(new NodeId(12)), new Assignment.Scope.OfMeasure("M1"))));
        assertThat(store.of(ENTITY, YEAR, "bianchi")).isEqualTo(new Assignments(List.of(owner)));
        // ordered by login, then kind
        assertThat(store.list(ENTITY, YEAR)).extracting(Assignment::login).containsExactly("bianchi", "rossi", "rossi");
    }

    @Test
    void adding_twice_keeps_one_and_removing_what_is_not_there_changes_nothing() {
        var measure = of("rossi", new Assignment.Scope.OfMeasure("M1"));

        assertThat(store.add(measure, TestActors.TESTER)).isTrue();
        assertThat(store.add(measure, TestActors.TESTER)).isFalse();
        assertThat(store.list(ENTITY, YEAR)).containsExactly(measure);
        assertThat(store.remove(of("rossi", new Assignment.Scope.OfMeasure("M2")), TestActors.TESTER)).isFalse();
        assertThat(store.remove(measure, TestActors.TESTER)).isTrue();
        assertThat(store.list(ENTITY, YEAR)).isEmpty();
    }

    @Test
    void assignments_stay_with_their_entity_and_year() {
        store.add(of("rossi", new Assignment.Scope.OfMeasure("M1")), TestActors.TESTER);
        store.add(new Assignment(ENTITY, YEAR + 1, "rossi", new Assignment.Scope.OfMeasure("M2")), TestActors.TESTER);
        store.add(new Assignment("CCIAA di Bologna", YEAR, "rossi", new Assignment.Scope.OfMeasure("M3")), TestActors.TESTER);

        assertThat(store.of(ENTITY, YEAR, "rossi")).isEqualTo(new Assignments(List.of(new Assignment.Scope.OfMeasure("M1"))));
        assertThat(store.of("CCIAA di Bologna", YEAR, "rossi").scopes()).containsExactly(new Assignment.Scope.OfMeasure("M3"));
        assertThat(store.of(ENTITY, YEAR, "verdi")).isEqualTo(Assignments.NONE);
    }

    @Test
    void an_added_and_a_removed_assignment_leave_their_entries_on_the_plan_or_the_node() {
        var audit = new AuditTrail(database().dataSource());
        long before = audit.count(AuditFilter.EVERYTHING);
        var mario = new Actor("mario.rossi", "10.0.0.7");
        var indicator = of("bianchi", new Assignment.Scope.OfIndicator(new NodeId(12)));
        var measure = of("bianchi", new Assignment.Scope.OfMeasure("M1"));

        store.add(indicator, mario);
        store.add(measure, mario);
        // nothing changes: no entry
        store.add(measure, mario);
        store.remove(measure, mario);
        store.remove(measure, mario);

        var entries = audit.list(AuditFilter.EVERYTHING, before, 10, false);
        assertThat(entries).extracting(e -> e.change().kind()).containsExactly(ChangeKind.ASSIGNMENT_ADDED,
                ChangeKind.ASSIGNMENT_ADDED, ChangeKind.ASSIGNMENT_REMOVED);
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(mario);
        assertThat(entries).extracting(e -> e.change().scope()).containsExactly(
                new AuditScope.OfNode(ENTITY, YEAR, new NodeId(12)), new AuditScope.OfPlan(ENTITY, YEAR),
                new AuditScope.OfPlan(ENTITY, YEAR));
        assertThat(entries.get(1).change().subject()).isEqualTo("incarico di bianchi");
        assertThat(entries.get(1).change().after()).isEqualTo("{\"utente\":\"bianchi\",\"ambito\":\"misura\",\"chiave\":\"M1\"}");
        assertThat(entries.get(2).change().before()).isEqualTo(entries.get(1).change().after());
        assertThat(entries.get(2).change().after()).isEmpty();
        assertThat(audit.verify()).isInstanceOf(ChainCheck.Intact.class);
    }
}
