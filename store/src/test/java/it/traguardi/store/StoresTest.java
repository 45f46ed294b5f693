package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.store.account.Accounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stores a program builds once: all on the one database they were given. */
class StoresTest {

    @Test
    void every_store_reads_what_another_wrote_on_the_same_database() {
        try (var database = Database.open("jdbc:h2:mem:stores-" + UUID.randomUUID())) {
            var stores = Stores.on(database.dataSource());
            assertThat(stores.dataSource()).isSameAs(database.dataSource());
            var plan = SamplePlans.sample();
            stores.plans().save(plan, false, TestActors.TESTER);
            var value = Value.of(new Quantity(new BigDecimal("70"), Unit.PERCENT));
            stores.values().record(plan.entity(), plan.year(), List.of(new ValueRecord(
                    ValueTarget.indicator(new NodeId(3)), Period.of(plan.year()), value,
                    Instant.parse("2023-01-10T10:00:00Z"), ValueRecord.SYSTEM, "")), TestActors.TESTER);
            var rules = new PlanPolicy(ScoringPolicy.defaults().withCapAtFull(false), PolicyOverrides.none());
            stores.policies().save(plan.entity(), plan.year(), rules, TestActors.TESTER);
            stores.comments().add(plan.entity(), plan.year(),
                    new Comment(new NodeId(3), "Dato del registro", "rossi", Instant.parse("2023-01-10T10:00:00Z")), TestActors.TESTER);

            assertThat(new PlanStore(database.dataSource()).load(plan.entity(), plan.year())).contains(plan);
            assertThat(new PolicyStore(database.dataSource()).load(plan.entity(), plan.year())).isEqualTo(rules);
            assertThat(stores.results().of(plan).actuals()).containsEntry(new NodeId(3), value);
            assertThat(new CommentStore(database.dataSource()).of(plan.entity(), plan.year(), new NodeId(3)))
                    .extracting(Comment::text).containsExactly("Dato del registro");
            assertThat(stores.stamps().all()).singleElement().extracting(ScoreStamps.Stamp::yearValues).isEqualTo(1L);
            assertThat(stores.detached().of(plan.entity(), plan.year())).isEmpty();
            assertThat(stores.fullPlans().read(plan.entity(), plan.year()).orElseThrow().rows(FullSection.VALUES)).hasSize(1);
            assertThat(stores.measures().list(plan.entity()))
                    .isEqualTo(PlanMeasures.of(plan).stream().sorted(Comparator.comparing(Measure::code)).toList());
        }
    }

    @Test
    void every_store_is_required() {
        try (var database = Database.open("jdbc:h2:mem:stores-" + UUID.randomUUID())) {
            var all = Stores.on(database.dataSource());
            var names = List.of("plans", "values", "comments", "measures", "policies", "detached", "stamps", "results",
                    "assignments", "accounts", "audit", "validations", "confirmations", "fullPlans");
            for (int missing = 0; missing < names.size(); missing++) {
                var parts = new Object[] {all.plans(), all.values(), all.comments(), all.measures(), all.policies(),
                        all.detached(), all.stamps(), all.results(), all.assignments(), all.accounts(), all.audit(),
                        all.validations(), all.confirmations(), all.fullPlans()};
                parts[missing] = null;
                assertThatThrownBy(() -> new Stores((PlanStore) parts[0], (ValueStore) parts[1],
                        (CommentStore) parts[2], (MeasureStore) parts[3], (PolicyStore) parts[4],
                        (DetachedRecords) parts[5], (ScoreStamps) parts[6], (PlanResults) parts[7],
                        (AssignmentStore) parts[8], (Accounts) parts[9], (AuditTrail) parts[10],
                        (ValidationStore) parts[11], (ConfirmationStore) parts[12], (FullPlanStore) parts[13]))
                        .isInstanceOf(NullPointerException.class).hasMessage(names.get(missing));
            }
        }
    }
}
