package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.lifecycle.ApprovedVersion;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.PlanState;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.lifecycle.VersionChoice;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the plan lifecycle: transitions in order with their audit
 * entries, an approved plan frozen against every way of writing it, revisions that make new
 * approved versions while the old ones stay readable, and one winner when two approve at once.
 */
abstract class PlanLifecycleContract {

    static final String ENTITY = SamplePlans.ENTITY;
    static final int YEAR = SamplePlans.YEAR;
    static final ApprovingAct ACT = new ApprovingAct("12", LocalDate.of(2022, 1, 31));
    static final ApprovingAct REVISION_ACT = new ApprovingAct("85", LocalDate.of(2022, 7, 14));

    PlanStore plans;
    PlanLifecycle lifecycle;

    abstract Database database();

    @BeforeEach
    void startWithADraft() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        plans = new PlanStore(database().dataSource());
        lifecycle = plans.lifecycle();
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
    }

    private PlanStatus change(Transition transition) {
        var version = lifecycle.status(ENTITY, YEAR).orElseThrow().version();
        return lifecycle.change(ENTITY, YEAR, transition, version, TestActors.TESTER).orElseThrow();
    }

    /** The sample plan with the title of node 3 changed, the way an editor saves it. */
    private void retitle(String title) {
        var stored = plans.loadVersioned(ENTITY, YEAR).orElseThrow();
        var node = stored.plan().node(new NodeId(3)).orElseThrow();
        plans.replace(PlanEdits.edit(stored.plan(), node.id(), node.code(), title, node.weight()), stored.version(),
                TestActors.TESTER);
    }

    private static String title(Plan plan) {
        return plan.node(new NodeId(3)).orElseThrow().title();
    }

    @Test
    void a_new_plan_is_a_draft_that_its_editors_change_in_place() {
        var status = lifecycle.status(ENTITY, YEAR).orElseThrow();
        assertThat(status.lifecycle().state()).isEqualTo(PlanState.DRAFT);
        assertThat(status.approved()).isEmpty();
        assertThat(lifecycle.isPublic(ENTITY, YEAR)).isFalse();

        retitle("Imprese assistite in bozza");

        assertThat(title(plans.load(ENTITY, YEAR).orElseThrow())).isEqualTo("Imprese assistite in bozza");
    }

    @Test
    void approving_freezes_version_1_with_its_act_and_every_way_of_writing_the_plan_is_refused() {
        var status = change(new Transition.Approve(ACT));

        assertThat(status.lifecycle().state()).isEqualTo(PlanState.APPROVED);
        assertThat(status.approved()).extracting(ApprovedVersion::number, ApprovedVersion::act, ApprovedVersion::reason,
                ApprovedVersion::approvedBy).containsExactly(org.assertj.core.groups.Tuple.tuple(1, ACT, "", "collaudo"));
        var stored = plans.loadVersioned(ENTITY, YEAR).orElseThrow();
        var node = stored.plan().node(new NodeId(3)).orElseThrow();
        var edited = PlanEdits.edit(stored.plan(), node.id(), node.code(), "Cambiato", node.weight());
        assertThatThrownBy(() -> plans.replace(edited, stored.version(), TestActors.TESTER))
                .isInstanceOf(PlanFrozenException.class)
                .extracting(e -> ((PlanFrozenException) e).reason().key()).isEqualTo("lifecycle.frozen.approved");
        assertThatThrownBy(() -> plans.save(edited, true, TestActors.TESTER)).isInstanceOf(PlanFrozenException.class);
        assertThatThrownBy(() -> plans.delete(ENTITY, YEAR, TestActors.TESTER))
                .isInstanceOf(PlanFrozenException.class)
                .extracting(e -> ((PlanFrozenException) e).reason().key()).isEqualTo("lifecycle.frozen.delete");
        // nothing changed: the title and the plan row's version are as approved
        assertThat(title(plans.load(ENTITY, YEAR).orElseThrow())).isEqualTo("Imprese assistite");
        assertThat(plans.version(ENTITY, YEAR)).contains(stored.version());
    }

    @Test
    void a_revision_is_edited_while_the_approved_version_stays_and_its_approval_makes_version_2() {
        change(new Transition.Approve(ACT));
        change(new Transition.Revise("Nuove risorse dal fondo perequativo"));

        retitle("Imprese assistite (rimodulato)");

        // the working version has the change; version 1 and "as approved" are as approved
        assertThat(title(lifecycle.read(ENTITY, YEAR, VersionChoice.CURRENT).orElseThrow())).isEqualTo("Imprese assistite (rimodulato)");
        assertThat(title(lifecycle.read(ENTITY, YEAR, VersionChoice.APPROVED).orElseThrow())).isEqualTo("Imprese assistite");
        assertThat(title(lifecycle.read(ENTITY, YEAR, VersionChoice.REVISED).orElseThrow())).isEqualTo("Imprese assistite");
        // outsiders are shown the approved version, never the working draft
        assertThat(title(lifecycle.shown(ENTITY, YEAR, false).orElseThrow())).isEqualTo("Imprese assistite");
        assertThat(title(lifecycle.shown(ENTITY, YEAR, true).orElseThrow())).isEqualTo("Imprese assistite (rimodulato)");

        var status = change(new Transition.Approve(REVISION_ACT));

        assertThat(status.lifecycle().revising()).isFalse();
        assertThat(status.approved()).extracting(ApprovedVersion::number, ApprovedVersion::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ""),
                        org.assertj.core.groups.Tuple.tuple(2, "Nuove risorse dal fondo perequativo"));
        assertThat(title(lifecycle.read(ENTITY, YEAR, VersionChoice.REVISED).orElseThrow())).isEqualTo("Imprese assistite (rimodulato)");
        assertThat(title(lifecycle.read(ENTITY, YEAR, new VersionChoice.Numbered(1)).orElseThrow())).isEqualTo("Imprese assistite");
        assertThat(lifecycle.read(ENTITY, YEAR, new VersionChoice.Numbered(3))).isEmpty();
        // the frozen copy is the whole plan: the same nodes, weights and targets as the plan approved
        assertThat(lifecycle.read(ENTITY, YEAR, new VersionChoice.Numbered(1)).orElseThrow())
                .isEqualTo(PlanEdits.edit(plans.load(ENTITY, YEAR).orElseThrow(), new NodeId(3), "11.1", "Imprese assistite",
                        new Weight(new BigDecimal("66.67"))));
        // the revised plan is frozen again
        assertThatThrownBy(() -> retitle("Ancora")).isInstanceOf(PlanFrozenException.class);
    }

    @Test
    void transitions_go_in_order_and_a_closed_plan_records_nothing() {
        assertThatThrownBy(() -> change(new Transition.Publish())).isInstanceOf(TransitionRefusedException.class)
                .extracting(e -> ((TransitionRefusedException) e).reason().key()).isEqualTo("lifecycle.refused.state");
        assertThatThrownBy(() -> change(new Transition.Revise("Presto"))).isInstanceOf(TransitionRefusedException.class);
        change(new Transition.Approve(ACT));
        assertThatThrownBy(() -> change(new Transition.Close())).isInstanceOf(TransitionRefusedException.class);
        change(new Transition.Publish());
        assertThat(lifecycle.isPublic(ENTITY, YEAR)).isTrue();
        change(new Transition.Revise("Rimodulazione di metà anno"));
        assertThatThrownBy(() -> change(new Transition.Close())).isInstanceOf(TransitionRefusedException.class)
                .extracting(e -> ((TransitionRefusedException) e).reason().key()).isEqualTo("lifecycle.refused.revising");
        assertThatThrownBy(() -> change(new Transition.Revise("Un'altra"))).isInstanceOf(TransitionRefusedException.class)
                .extracting(e -> ((TransitionRefusedException) e).reason().key()).isEqualTo("lifecycle.refused.already-revising");
        // approving a revision of a published plan keeps it published
        assertThat(change(new Transition.Approve(REVISION_ACT)).lifecycle().state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(change(new Transition.Close()).lifecycle().state()).isEqualTo(PlanState.CLOSED);
        assertThat(lifecycle.isPublic(ENTITY, YEAR)).isTrue();

        var comments = new CommentStore(database().dataSource());
        assertThatThrownBy(() -> comments.add(ENTITY, YEAR, new Comment(new NodeId(3), "Tardi", "collaudo",
                Instant.parse("2023-02-01T10:00:00Z")), TestActors.TESTER))
                .isInstanceOf(PlanFrozenException.class)
                .extracting(e -> ((PlanFrozenException) e).reason().key()).isEqualTo("lifecycle.frozen.closed");
        assertThat(comments.of(ENTITY, YEAR, new NodeId(3))).isEmpty();
        assertThatThrownBy(() -> retitle("Chiuso")).isInstanceOf(PlanFrozenException.class);
    }

    @Test
    void every_transition_is_audited_with_its_state_act_and_reason() {
        change(new Transition.Approve(ACT));
        change(new Transition.Publish());
        change(new Transition.Revise("Nuove risorse"));
        change(new Transition.Approve(REVISION_ACT));
        change(new Transition.Close());

        // the trail is kept across tests (nothing deletes it): the newest five entries are these
        var entries = new ArrayList<>(new AuditTrail(database().dataSource())
                .list(AuditFilter.EVERYTHING.withPlan(ENTITY, YEAR), 0, 5, true).stream().map(AuditEntry::change).toList());
        java.util.Collections.reverse(entries);
        assertThat(entries).extracting(AuditChange::kind).containsExactly(ChangeKind.PLAN_APPROVED,
                ChangeKind.PLAN_PUBLISHED, ChangeKind.REVISION_STARTED, ChangeKind.PLAN_APPROVED, ChangeKind.PLAN_CLOSED);
        assertThat(entries.get(0).before()).isEqualTo("{\"stato\":\"bozza\"}");
        assertThat(entries.get(0).after())
                .isEqualTo("{\"stato\":\"approvato\",\"versione approvata\":\"1\",\"atto\":\"12\",\"data atto\":\"31-01-2022\"}");
        assertThat(entries.get(2).reason()).isEqualTo("Nuove risorse");
        assertThat(entries.get(3).after()).contains("\"versione approvata\":\"2\"");
        assertThat(entries.get(3).reason()).isEqualTo("Nuove risorse");
    }

    @Test
    void a_transition_over_a_version_no_longer_stored_is_refused_and_changes_nothing() {
        var seen = lifecycle.status(ENTITY, YEAR).orElseThrow().version();
        change(new Transition.Approve(ACT));

        assertThatThrownBy(() -> lifecycle.change(ENTITY, YEAR, new Transition.Publish(), seen, TestActors.TESTER))
                .isInstanceOf(PlanChangedException.class);
        assertThat(lifecycle.status(ENTITY, YEAR).orElseThrow().lifecycle().state()).isEqualTo(PlanState.APPROVED);
        assertThat(lifecycle.change("Nessuno", YEAR, new Transition.Publish(), 1, TestActors.TESTER)).isEmpty();
    }

    @Test
    void two_people_approving_at_once_make_one_version_and_the_other_is_told_the_plan_changed() throws Exception {
        var seen = lifecycle.status(ENTITY, YEAR).orElseThrow().version();
        var barrier = new CyclicBarrier(2);
        var outcomes = new ArrayList<String>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Callable<String>> tasks = List.of(approveAfter(barrier, seen, ACT), approveAfter(barrier, seen, REVISION_ACT));
            for (var f : pool.invokeAll(tasks)) {
                outcomes.add(f.get());
            }
        }
        // one approval won; the other met the changed (or busy) row and changed nothing
        assertThat(outcomes).containsExactlyInAnyOrder("approved", "refused");
        assertThat(lifecycle.status(ENTITY, YEAR).orElseThrow().approved()).hasSize(1);
    }

    private Callable<String> approveAfter(CyclicBarrier barrier, int seen, ApprovingAct act) {
        return () -> {
            barrier.await();
            try {
                lifecycle.change(ENTITY, YEAR, new Transition.Approve(act), seen, TestActors.TESTER);
                return "approved";
            } catch (PlanChangedException | PlanBusyException e) {
                return "refused";
            } catch (StoreException e) {
                return "refused: " + e.sqlState();
            }
        };
    }
}
