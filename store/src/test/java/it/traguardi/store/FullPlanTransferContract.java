package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.PlanState;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.transfer.TransferException;
import it.traguardi.core.validation.Remark;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.json.FullPlanJson;
import it.traguardi.exchange.json.FullPlanReader;
import it.traguardi.exchange.json.ScoreJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The full export of a plan, imported into an empty database of the same kind, gives identical
 * scores, values with their history, comments and lifecycle, and exports again as the same document
 * byte for byte ({@code exported_at} is given, so it is the same too); a stored plan is refused
 * unless replaced; a dry run stores nothing.
 */
abstract class FullPlanTransferContract {

    static final Instant EXPORTED = Instant.parse("2026-12-05T10:00:00Z");
    static final Actor CLI = new Actor("sistema (riga di comando: collaudo)", "locale");

    Stores source;
    Stores target;
    String entity;
    int year;

    abstract Database sourceDatabase();

    abstract Database targetDatabase();

    @BeforeEach
    void startEmpty() throws Exception {
        for (var database : List.of(sourceDatabase(), targetDatabase())) {
            try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("delete from entity");
            }
        }
        source = Stores.on(sourceDatabase().dataSource());
        target = Stores.on(targetDatabase().dataSource());
        seed();
    }

    /** The Modena 2022 seed with values in two periods and a correction, comments, a rule, a validation, a version. */
    private void seed() throws Exception {
        var plan = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), new Overrides(null, null)).plan();
        entity = plan.entity();
        year = plan.year();
        source.plans().save(plan, false, TestActors.TESTER);
        var indicators = plan.indicators().toList();
        var first = ValueTarget.indicator(indicators.get(0).id());
        var second = ValueTarget.indicator(indicators.get(1).id());
        var measure = ValueTarget.measure(PlanMeasures.of(plan).getFirst().code());
        var june = new Period.Day(LocalDate.of(year, 6, 30));
        var last = Period.of(year);
        source.values().record(entity, year, List.of(value(first, june, "40.5", "primo semestre"),
                value(second, june, "3", "in corso"), value(measure, june, "12", "")), TestActors.TESTER);
        source.values().record(entity, year, List.of(value(first, last, "80", "a fine anno")), TestActors.TESTER);
        source.values().record(entity, year, List.of(value(first, last, "97.09", "rettifica: dato del registro")),
                TestActors.TESTER);
        source.comments().add(entity, year, new Comment(indicators.get(0).id(), "Scostamento dovuto al sisma",
                "m.rossi", Instant.parse("2022-07-01T08:30:00.123456Z")), TestActors.TESTER);
        source.validations().addRemark(entity, year, new Remark(indicators.get(0).id(), june, "Verificare la fonte",
                "oiv.modena", Instant.parse("2022-07-10T09:00:00Z")), TestActors.TESTER);
        source.policies().save(entity, year, new PlanPolicy(ScoringPolicy.defaults().withCapAtFull(false),
                new PolicyOverrides(Map.of(indicators.get(1).id(), List.of(new PolicyChange.FloorAt(new Floor.Below(new BigDecimal("60"))))))),
                TestActors.TESTER);
        source.validations().validate(entity, year, june, "Dati verificati a campione", TestActors.TESTER);
        source.confirmations().confirm(entity, year, last, List.of(first), TestActors.TESTER);
        source.assignments().add(new Assignment(entity, year, "rossi", new Assignment.Scope.OfIndicator(
                indicators.get(0).id())), TestActors.TESTER);
        var version = source.plans().lifecycle().status(entity, year).orElseThrow().version();
        source.plans().lifecycle().change(entity, year, new Transition.Approve(new ApprovingAct("12",
                LocalDate.of(year, 1, 31))), version, TestActors.TESTER);
    }

    private static ValueRecord value(ValueTarget target, Period period, String amount, String reason) {
        return new ValueRecord(target, period, Value.of(new Quantity(new BigDecimal(amount), Unit.COUNT)),
                Instant.now(), "ignorato", reason);
    }

    private String exported(Stores stores) {
        return FullPlanJson.write(new FullPlanStore(stores.dataSource()).read(entity, year).orElseThrow(), EXPORTED);
    }

    private void imported(String document, boolean replace, boolean dryRun) {
        var plan = FullPlanReader.read(document.getBytes(StandardCharsets.UTF_8));
        new FullPlanStore(target.dataSource()).write(plan, replace, dryRun, CLI);
    }

    private static String scores(Stores stores, Plan plan, Period period) {
        var result = stores.results().of(plan, period);
        return ScoreJson.write(plan, period, result.tree(), result.actuals(), Messages.forLanguage("it"));
    }

    @Test
    void a_full_export_imported_into_an_empty_database_gives_the_same_plan_scores_values_and_comments() {
        var document = exported(source);

        imported(document, false, false);

        var plan = source.plans().load(entity, year).orElseThrow();
        assertThat(target.plans().load(entity, year)).contains(plan);
        for (var period : List.<Period>of(Period.of(year), new Period.Day(LocalDate.of(year, 6, 30)))) {
            assertThat(scores(target, plan, period)).isEqualTo(scores(source, plan, period));
        }
        Indicator first = plan.indicators().findFirst().orElseThrow();
        var history = target.values().history(entity, year, ValueTarget.indicator(first.id()), Period.of(year));
        assertThat(history).isEqualTo(source.values().history(entity, year, ValueTarget.indicator(first.id()), Period.of(year)));
        // the first value and its correction, with their authors' reasons, oldest first
        assertThat(history).extracting(ValueRecord::reason).containsExactly("a fine anno", "rettifica: dato del registro");
        assertThat(target.comments().of(entity, year, first.id())).isEqualTo(source.comments().of(entity, year, first.id()))
                .extracting(Comment::text).containsExactly("Scostamento dovuto al sisma");
        assertThat(target.plans().lifecycle().status(entity, year).orElseThrow().lifecycle().state())
                .isEqualTo(PlanState.APPROVED);
        assertThat(target.policies().load(entity, year)).isEqualTo(source.policies().load(entity, year));
        assertThat(target.validations().list(entity, year)).isEqualTo(source.validations().list(entity, year));
        assertThat(target.assignments().list(entity, year)).isEqualTo(source.assignments().list(entity, year));
        assertThat(exported(target)).isEqualTo(document);
    }

    @Test
    void the_document_carries_every_section_of_the_seed() {
        var plan = new FullPlanStore(source.dataSource()).read(entity, year).orElseThrow();

        // 5 values: 3 in June, 2 at year end (a value and its correction)
        assertThat(plan.rows(FullSection.VALUES)).hasSize(5);
        assertThat(plan.rows(FullSection.COMMENTS)).hasSize(1);
        assertThat(plan.rows(FullSection.REMARKS)).hasSize(1);
        assertThat(plan.rows(FullSection.PERIOD_VALIDATIONS)).hasSize(1);
        assertThat(plan.rows(FullSection.CONFIRMATIONS)).hasSize(1);
        // the confirmation names the correction, the fifth value of the document
        assertThat(plan.rows(FullSection.CONFIRMATIONS).getFirst().integer(FullSection.CONFIRMATIONS, "value_id")).contains(5);
        assertThat(plan.rows(FullSection.POLICY)).hasSize(1);
        assertThat(plan.rows(FullSection.POLICY_OVERRIDES)).hasSize(1);
        assertThat(plan.rows(FullSection.ASSIGNMENTS)).hasSize(1);
        assertThat(plan.rows(FullSection.VERSIONS)).hasSize(1);
        assertThat(plan.rows(FullSection.VERSION_NODES)).hasSameSizeAs(plan.rows(FullSection.NODES));
        assertThat(plan.plan().text(FullSection.PLAN, "state")).contains("APPROVED");
    }

    @Test
    void a_plan_already_stored_is_refused_without_replace_and_replaced_with_it() {
        var document = exported(source);
        imported(document, false, false);

        assertThatThrownBy(() -> imported(document, false, false)).isInstanceOfSatisfying(TransferException.class,
                e -> assertThat(e.problems()).extracting(p -> p.path() + " " + p.message().key())
                        .containsExactly("$.entity full.problem.exists"));
        imported(document, true, false);

        assertThat(exported(target)).isEqualTo(document);
    }

    @Test
    void a_dry_run_stores_nothing() {
        imported(exported(source), false, true);

        assertThat(new FullPlanStore(target.dataSource()).read(entity, year)).isEmpty();
        assertThat(target.plans().load(entity, year)).isEmpty();
    }

    @Test
    void a_tree_that_does_not_hold_together_is_a_problem_of_the_file_and_nothing_is_stored() {
        // an indicator made a root of the tree: every reference holds, its level does not
        var document = exported(source).replaceFirst("\"parent_key\" : [0-9]+,\n(\\s+)\"kind\" : \"INDICATOR\"",
                "\"parent_key\" : null,\n$1\"kind\" : \"INDICATOR\"");

        assertThatThrownBy(() -> imported(document, false, false)).isInstanceOfSatisfying(TransferException.class,
                e -> assertThat(e.problems()).extracting(p -> p.path() + " " + p.message().key())
                        .singleElement().asString().matches("\\$\\.nodes\\[[0-9]+\\]\\.kind full\\.problem\\.level"));
        assertThat(target.plans().load(entity, year)).isEmpty();
    }
}
