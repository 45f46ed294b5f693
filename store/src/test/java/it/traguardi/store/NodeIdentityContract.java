package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.plan.NodeMatch.Outcome;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.Renumbering;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values and comments stay with the node they were recorded for (issue 7): through a plan read
 * again with another shape, through edits, and never onto a new plan after a delete.
 */
abstract class NodeIdentityContract {

    private static final String ENTITY = SamplePlans.ENTITY;
    private static final int YEAR = SamplePlans.YEAR;
    private static final Period FINAL = Period.of(YEAR);

    PlanStore plans;
    ValueStore values;
    CommentStore comments;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        plans = new PlanStore(database().dataSource());
        values = new ValueStore(database().dataSource());
        comments = new CommentStore(database().dataSource());
    }

    private static PlanNode byCode(Plan plan, String code) {
        return plan.nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private void record(NodeId node, String amount) {
        values.record(ENTITY, YEAR, List.of(new ValueRecord(ValueTarget.indicator(node), FINAL,
                Value.of(new Quantity(new BigDecimal(amount), Unit.COUNT)), Instant.parse("2023-01-10T10:00:00Z"),
                ValueRecord.SYSTEM, "")), TestActors.TESTER);
    }

    private Map<ValueTarget, Value> recorded() {
        return values.latest(ENTITY, YEAR, FINAL);
    }

    /** The sample with an area inserted above the first, numbered again as a file reader would. */
    private static Plan withAreaOnTop(Plan plan) {
        var areas = new ArrayList<StrategicArea>();
        areas.add(new StrategicArea(new NodeId(999), "0", "Ambito inserito in testa", Weight.ZERO, List.of()));
        areas.addAll(plan.areas());
        return Renumbering.inReadingOrder(plan.withAreas(areas));
    }

    @Test
    void a_value_stays_with_its_indicator_when_an_area_is_inserted_above_it_and_the_plan_is_imported_again() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        var proventi = byCode(plans.load(ENTITY, YEAR).orElseThrow(), "82B3.1");
        record(proventi.id(), "1133");
        var incoming = withAreaOnTop(SamplePlans.sample());
        // the file's reading order gives 82B3.1 another id than the stored one
        assertThat(byCode(incoming, "82B3.1").id()).isNotEqualTo(proventi.id());

        var replacement = plans.save(incoming, true, TestActors.TESTER).orElseThrow();

        var stored = plans.load(ENTITY, YEAR).orElseThrow();
        assertThat(byCode(stored, "82B3.1").id()).isEqualTo(proventi.id());
        assertThat(recorded()).containsOnlyKeys(ValueTarget.indicator(proventi.id()));
        // the inserted area takes the first id never issued: the sample issued 1..14
        assertThat(byCode(stored, "0").id()).isEqualTo(new NodeId(15));
        assertThat(replacement.matching().counts()).containsEntry(Outcome.KEPT, 14).containsEntry(Outcome.NEW, 1);
        assertThat(replacement.detachedValues()).isZero();
    }

    @Test
    void the_preview_is_the_matching_the_import_then_applies() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        var incoming = withAreaOnTop(PlanEdits.delete(SamplePlans.sample(), new NodeId(14)));
        record(new NodeId(14), "5");
        record(new NodeId(14), "6");
        comments.add(ENTITY, YEAR, new Comment(new NodeId(14), "Dato provvisorio", "rossi", Instant.now()), TestActors.TESTER);

        var preview = plans.preview(incoming).orElseThrow();
        var saved = plans.save(incoming, true, TestActors.TESTER).orElseThrow();

        assertThat(saved.matching()).isEqualTo(preview.matching());
        assertThat(preview.detachedValues()).isEqualTo(2);
        assertThat(preview.detachedComments()).isEqualTo(1);
        assertThat(saved.detachedComments()).isEqualTo(1);
        assertThat(preview.matching().detached()).extracting(PlanNode::code).containsExactly("82B3.1");
        // both were made against version 1, the one stored before the import wrote version 2
        assertThat(preview.storedVersion()).isEqualTo(1);
        assertThat(saved.storedVersion()).isEqualTo(1);
        assertThat(plans.version(saved.matching().plan().entity(), saved.matching().plan().year())).contains(2);
    }

    @Test
    void values_of_a_node_no_longer_in_the_plan_stay_readable_under_its_name_and_never_move() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        record(new NodeId(14), "5");
        comments.add(ENTITY, YEAR, new Comment(new NodeId(14), "Dato provvisorio", "rossi", Instant.now()), TestActors.TESTER);
        var incoming = Renumbering.inReadingOrder(PlanEdits.add(PlanEdits.delete(SamplePlans.sample(), new NodeId(14)),
                new SiblingGroup.OperationalIndicators(new NodeId(13)), "NEW.1", "Nuovo indicatore", Weight.FULL));

        plans.save(incoming, true, TestActors.TESTER);

        var stored = plans.load(ENTITY, YEAR).orElseThrow();
        var added = byCode(stored, "NEW.1");
        assertThat(added.id().value()).isGreaterThan(14);
        assertThat(recorded()).doesNotContainKey(ValueTarget.indicator(added.id()));
        var detached = new DetachedRecords(database().dataSource()).of(ENTITY, YEAR);
        assertThat(detached).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo(new NodeId(14));
            assertThat(node.code()).isEqualTo("82B3.1");
            assertThat(node.title()).isEqualTo("Proventi");
            assertThat(node.values()).extracting(r -> r.value().toString()).containsExactly(
                    Value.of(new Quantity(new BigDecimal("5"), Unit.COUNT)).toString());
            assertThat(node.comments()).extracting(Comment::text).containsExactly("Dato provvisorio");
        });
    }

    @Test
    void a_node_added_by_an_editor_after_a_delete_does_not_inherit_the_deleted_node_s_values() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        record(new NodeId(14), "5");
        var loaded = plans.load(ENTITY, YEAR).orElseThrow();
        plans.replace(PlanEdits.delete(loaded, new NodeId(14)), 1, TestActors.TESTER);
        var edited = plans.load(ENTITY, YEAR).orElseThrow();

        plans.replace(PlanEdits.add(edited, new SiblingGroup.OperationalIndicators(new NodeId(13)), "N", "Nuovo",
                Weight.FULL), 2, TestActors.TESTER);

        var added = byCode(plans.load(ENTITY, YEAR).orElseThrow(), "N");
        assertThat(added.id()).isEqualTo(new NodeId(15));
        assertThat(recorded()).containsOnlyKeys(ValueTarget.indicator(new NodeId(14)));
    }

    @Test
    void a_new_plan_after_a_delete_shows_nothing_of_the_old_one() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        record(new NodeId(14), "5");
        comments.add(ENTITY, YEAR, new Comment(new NodeId(3), "Commento del vecchio piano", "rossi", Instant.now()), TestActors.TESTER);

        assertThat(plans.delete(ENTITY, YEAR, TestActors.TESTER)).isTrue();
        plans.save(SamplePlans.large(ENTITY, YEAR, 2), false, TestActors.TESTER);

        // no id of the deleted plan (1..14) is issued again: a stale "#3" names nothing now
        assertThat(plans.load(ENTITY, YEAR).orElseThrow().nodes()).allSatisfy(n -> assertThat(n.id().value()).isGreaterThan(14));
        assertThat(recorded()).isEmpty();
        assertThat(values.history(ENTITY, YEAR, ValueTarget.indicator(new NodeId(14)))).isEmpty();
        assertThat(comments.of(ENTITY, YEAR, new NodeId(3))).isEmpty();
        assertThat(new DetachedRecords(database().dataSource()).of(ENTITY, YEAR)).isEmpty();
        // archived, not destroyed: the rows are still in the database
        assertThat(count("select count(*) from actual_value where archived_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from node_comment where archived_at is not null")).isEqualTo(1);
    }

    @Test
    void deleting_a_plan_archives_its_values_and_comments_and_deletes_its_rules() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        record(new NodeId(14), "5");
        comments.add(ENTITY, YEAR, new Comment(new NodeId(3), "Commento del piano", "rossi", Instant.now()), TestActors.TESTER);
        var policies = new PolicyStore(database().dataSource());
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults().withCapAtFull(false),
                PolicyOverrides.none().with(new NodeId(3), new PolicyChange.Cap(true))), TestActors.TESTER);

        assertThat(plans.delete(ENTITY, YEAR, TestActors.TESTER)).isTrue();

        // with no plan saved again: nothing of the deleted one is shown, and its rules are gone
        assertThat(recorded()).isEmpty();
        assertThat(values.history(ENTITY, YEAR, ValueTarget.indicator(new NodeId(14)))).isEmpty();
        assertThat(comments.of(ENTITY, YEAR, new NodeId(3))).isEmpty();
        assertThat(policies.load(ENTITY, YEAR)).isEqualTo(PlanPolicy.defaults());
        assertThat(count("select count(*) from actual_value where archived_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from node_comment where archived_at is not null")).isEqualTo(1);
    }

    @Test
    void what_was_recorded_before_any_plan_was_stored_never_attaches_to_the_first_plan() {
        record(new NodeId(3), "5");
        comments.add(ENTITY, YEAR, new Comment(new NodeId(5), "Commento senza piano", "rossi", Instant.now()), TestActors.TESTER);

        plans.save(SamplePlans.sample(), false, TestActors.TESTER);

        // ids 1..5 were named by what was recorded: the plan's ids start past them
        var stored = plans.load(ENTITY, YEAR).orElseThrow();
        assertThat(stored.nodes().getFirst().id()).isEqualTo(new NodeId(6));
        assertThat(recorded()).isEmpty();
        assertThat(comments.of(ENTITY, YEAR, new NodeId(5))).isEmpty();
        assertThat(new DetachedRecords(database().dataSource()).of(ENTITY, YEAR)).isEmpty();
    }

    @Test
    void a_value_recorded_for_a_node_the_plan_never_had_is_listed_detached_under_its_id() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        record(new NodeId(99), "7");

        var detached = new DetachedRecords(database().dataSource()).of(ENTITY, YEAR);

        assertThat(detached).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo(new NodeId(99));
            // no identity was ever issued for it: an indicator (values are recorded for those), named by its id
            assertThat(node.kind()).isEqualTo(NodeKind.INDICATOR);
            assertThat(node.code()).isEmpty();
            assertThat(node.label()).isEqualTo("#99");
            assertThat(node.comments()).isEmpty();
        });
    }

    @Test
    void a_detached_objective_keeps_its_kind_and_its_label_has_its_code() {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        comments.add(ENTITY, YEAR, new Comment(new NodeId(13), "Obiettivo soppresso", "rossi", Instant.now()), TestActors.TESTER);
        comments.add(ENTITY, YEAR, new Comment(new NodeId(10), "Ambito soppresso", "rossi", Instant.now()), TestActors.TESTER);
        var loaded = plans.load(ENTITY, YEAR).orElseThrow();

        plans.replace(PlanEdits.delete(PlanEdits.delete(loaded, new NodeId(13)), new NodeId(10)), 1, TestActors.TESTER);

        var detached = new DetachedRecords(database().dataSource()).of(ENTITY, YEAR);
        assertThat(detached).extracting(DetachedRecords.DetachedNode::id, DetachedRecords.DetachedNode::kind,
                DetachedRecords.DetachedNode::label).containsExactly(
                        tuple(new NodeId(10), NodeKind.AREA, "Efficienza dell'ente"),
                        tuple(new NodeId(13), NodeKind.OPERATIONAL_OBJECTIVE, "71 Controlli Servizi - Controlli"));
        assertThat(detached).allSatisfy(node -> assertThat(node.values()).isEmpty());
    }

    @Test
    void concurrent_imports_of_the_same_plan_each_succeed_or_are_refused_as_a_conflict() throws Exception {
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        var incoming = withAreaOnTop(SamplePlans.sample());
        var pool = Executors.newFixedThreadPool(12);
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<String>>();
        try {
            for (int i = 0; i < 12; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        plans.save(incoming, true, TestActors.TESTER);
                        return "saved";
                    } catch (PlanBusyException e) {
                        return "busy";
                    }
                }));
            }
            start.countDown();
            var saved = 0;
            for (var outcome : outcomes) {
                // a StoreException (an internal error) would surface here and fail the test
                saved += "saved".equals(outcome.get(60, TimeUnit.SECONDS)) ? 1 : 0;
            }
            // writers queue on the entity; one that waits past the lock timeout is refused as busy,
            // so how many get through depends on the machine, but every one is counted in the version
            assertThat(saved).isPositive();
            assertThat(plans.version(ENTITY, YEAR)).contains(1 + saved);
            assertThat(byCode(plans.load(ENTITY, YEAR).orElseThrow(), "82B3.1").id()).isEqualTo(new NodeId(14));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private long count(String sql) {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
