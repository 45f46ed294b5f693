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
    void each_change_is_audited_with_its_author_and_an_unchanged_one_is_not() {
        var trail = new AuditTrail(database().dataSource());
        var before = trail.count(AuditFilter.EVERYTHING);
        var indicator = of("rossi", new Assignment.Scope.OfIndicator(new NodeId(12)));
        var mario = new Actor("mario.rossi", "10.0.0.7");

        store.add(indicator, mario);
        store.add(indicator, mario);
        store.remove(of("rossi", new Assignment.Scope.OfMeasure("M9")), mario);
        store.remove(indicator, mario);

        // two entries: the addition and the removal; the repeated addition and the removal of nothing change nothing
        var entries = trail.list(AuditFilter.EVERYTHING, before, 10, false);
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(e -> e.change().kind())
                .containsExactly(ChangeKind.ASSIGNMENT_ADDED, ChangeKind.ASSIGNMENT_REMOVED);
        var added = entries.getFirst();
        assertThat(added.actor()).isEqualTo(mario);
        // an indicator's assignment is recorded under its node, so the node's history shows it
        assertThat(added.change().scope()).isEqualTo(new AuditScope.OfNode(ENTITY, YEAR, new NodeId(12)));
        assertThat(added.change().subject()).isEqualTo("incarico di rossi");
        assertThat(added.change().after()).isEqualTo("{\"utente\":\"rossi\",\"indicatore\":\"#12\"}");
        assertThat(entries.get(1).change().before()).isEqualTo(added.change().after());
        assertThat(trail.verify()).isInstanceOf(ChainCheck.Intact.class);
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
}
