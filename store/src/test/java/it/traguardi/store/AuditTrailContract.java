package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the audit trail: each kind of change leaves one entry, in the
 * transaction of the change, with its author, before and after; a failed write leaves none; the
 * chain verifies, and names the first entry altered or removed behind the application's back.
 */
abstract class AuditTrailContract {

    static final String ENTITY = SamplePlans.ENTITY;
    static final int YEAR = SamplePlans.YEAR;
    static final Actor MARIO = new Actor("mario.rossi", "10.0.0.7");

    Stores stores;
    AuditTrail audit;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        sql("delete from entity");
        pastTheAuditTrigger("delete from audit_entry",
                "update audit_chain set last_sequence = 0, last_hash = '" + AuditHash.GENESIS + "'");
        stores = Stores.on(database().dataSource());
        audit = stores.audit();
    }

    void sql(String... statements) throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    /**
     * Runs statements as someone who may alter the audit table's triggers (its owner, a superuser)
     * and disables the one that refuses updates and deletes: on PostgreSQL by disabling it, on H2
     * (which cannot disable a trigger) by dropping it; it is back afterwards.
     */
    void pastTheAuditTrigger(String... statements) throws SQLException {
        pastTheAuditTrigger(database(), statements);
    }

    /** {@link #pastTheAuditTrigger(String...)} on any test's database (tests that start from an empty trail). */
    static void pastTheAuditTrigger(Database database, String... statements) throws SQLException {
        boolean postgres = database.isPostgres();
        run(database, postgres ? "alter table audit_entry disable trigger audit_entry_append_only"
                : "drop trigger audit_entry_append_only");
        try {
            run(database, statements);
        } finally {
            run(database, postgres ? "alter table audit_entry enable trigger audit_entry_append_only"
                    : "create trigger audit_entry_append_only before update, delete on audit_entry"
                            + " for each row call 'it.traguardi.store.AuditAppendOnly'");
        }
    }

    private static void run(Database database, String... statements) throws SQLException {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    List<AuditEntry> all() {
        return audit.list(AuditFilter.EVERYTHING, 0, 1000, false);
    }

    List<AuditEntry> of(ChangeKind kind) {
        return audit.list(AuditFilter.EVERYTHING.withKind(kind), 0, 1000, false);
    }

    static ValueRecord value(int node, String amount, String reason) {
        return new ValueRecord(ValueTarget.indicator(new NodeId(node)), Period.of(YEAR),
                Value.of(new Quantity(new BigDecimal(amount), Unit.PERCENT)), Instant.parse("2023-01-10T10:00:00Z"),
                "ignorato", reason);
    }

    @Test
    void a_created_plan_leaves_one_entry_with_its_author_address_and_size() {
        stores.plans().save(SamplePlans.sample(), false, MARIO);

        var created = of(ChangeKind.PLAN_CREATED);
        assertThat(created).hasSize(1);
        var entry = created.getFirst();
        assertThat(entry.actor()).isEqualTo(MARIO);
        assertThat(entry.change().scope()).isEqualTo(new AuditScope.OfPlan(ENTITY, YEAR));
        assertThat(entry.change().before()).isEmpty();
        // the sample has 2 areas, 3 strategic and 3 operational objectives and 6 indicators
        assertThat(entry.change().after()).isEqualTo("{\"versione\":\"1\",\"ambiti\":\"2\",\"obiettivi strategici\":\"3\","
                + "\"obiettivi operativi\":\"3\",\"indicatori\":\"6\"}");
        // indicator 7's formula uses two measures the catalog lacked: the import adds them, each told
        assertThat(of(ChangeKind.MEASURE_SAVED)).extracting(e -> e.change().subject())
                .containsExactly("misura GG_Canc_Prot", "misura N_Canc_Prot_Evase");
        assertThat(all()).hasSize(3);
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Intact(3));
    }

    @Test
    void an_edit_tells_each_node_change_with_only_the_fields_that_changed() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        var plan = SamplePlans.sample();
        var edited = PlanEdits.edit(plan, new NodeId(3), "11.1", "Imprese servite", new Weight(new BigDecimal("70")));
        edited = PlanEdits.delete(edited, new NodeId(12));
        stores.plans().replace(edited, 1, MARIO);

        var entries = audit.list(AuditFilter.EVERYTHING.withActor("mario.rossi"), 0, 100, false);
        assertThat(entries).extracting(e -> e.change().kind()).containsExactly(ChangeKind.NODE_EDITED,
                ChangeKind.WEIGHT_CHANGED, ChangeKind.NODE_DELETED);
        assertThat(entries.get(0).change().before()).isEqualTo("{\"titolo\":\"Imprese assistite\"}");
        assertThat(entries.get(0).change().after()).isEqualTo("{\"titolo\":\"Imprese servite\"}");
        assertThat(entries.get(0).change().scope()).isEqualTo(new AuditScope.OfNode(ENTITY, YEAR, new NodeId(3)));
        assertThat(entries.get(1).change().before()).isEqualTo("{\"peso\":\"66,67%\"}");
        assertThat(entries.get(1).change().after()).isEqualTo("{\"peso\":\"70,00%\"}");
        assertThat(entries.get(2).change().subject()).isEqualTo("EC27 - Nessun valore");
        assertThat(entries.get(2).change().before()).startsWith("{\"codice\":\"EC27\",\"titolo\":\"Nessun valore\"");
        assertThat(entries.get(2).change().after()).isEmpty();
    }

    @Test
    void targets_and_formulas_are_told_in_the_forms_people_write() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        var plan = SamplePlans.sample();
        var indicator = plan.indicator(new NodeId(7)).orElseThrow();
        var definition = indicator.definition().withFormula("GG_Canc_Prot");
        var targets = new java.util.TreeMap<>(definition.targets());
        targets.put(2022, it.traguardi.core.value.ItalianFormat.parseTarget("≤ -20 gg"));
        definition = new it.traguardi.core.plan.IndicatorDefinition(definition.algorithm(), definition.unit(),
                definition.baselines(), targets, definition.dataSource(), definition.owner(), definition.formula());
        stores.plans().replace(PlanEdits.define(plan, indicator.id(), definition), 1, MARIO);

        var target = of(ChangeKind.TARGET_CHANGED);
        assertThat(target).hasSize(1);
        assertThat(target.getFirst().change().before()).isEqualTo("{\"2022\":\"≤ -18 gg\"}");
        assertThat(target.getFirst().change().after()).isEqualTo("{\"2022\":\"≤ -20 gg\"}");
        var formula = of(ChangeKind.FORMULA_CHANGED);
        assertThat(formula).hasSize(1);
        assertThat(formula.getFirst().change().before()).isEqualTo("{\"formula\":\"GG_Canc_Prot / N_Canc_Prot_Evase\"}");
        assertThat(formula.getFirst().change().after()).isEqualTo("{\"formula\":\"GG_Canc_Prot\"}");
    }

    @Test
    void a_value_and_its_correction_tell_the_value_before_and_the_reason() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.values().record(ENTITY, YEAR, List.of(value(3, "65", "")), MARIO);
        stores.values().record(ENTITY, YEAR, List.of(value(3, "68.5", "dato del registro aggiornato")), MARIO);

        var recorded = of(ChangeKind.VALUE_RECORDED);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().change().subject()).isEqualTo("indicatore 11.1 - Imprese assistite, periodo 2022");
        assertThat(recorded.getFirst().change().before()).isEmpty();
        assertThat(recorded.getFirst().change().after()).isEqualTo("{\"valore\":\"65 %\"}");
        var corrected = of(ChangeKind.VALUE_CORRECTED);
        assertThat(corrected).hasSize(1);
        assertThat(corrected.getFirst().change().before()).isEqualTo("{\"valore\":\"65 %\"}");
        assertThat(corrected.getFirst().change().after()).isEqualTo("{\"valore\":\"68,5 %\"}");
        assertThat(corrected.getFirst().change().reason()).isEqualTo("dato del registro aggiornato");
        // the value's author is the actor of the write, whatever the record said
        assertThat(stores.values().history(ENTITY, YEAR, ValueTarget.indicator(new NodeId(3)), Period.of(YEAR)))
                .extracting(ValueRecord::recordedBy).containsExactly("mario.rossi", "mario.rossi");
    }

    @Test
    void a_second_value_of_the_same_indicator_in_one_batch_is_told_as_a_correction_of_the_first() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.values().record(ENTITY, YEAR, List.of(value(3, "60", "")), MARIO);
        // one batch: a correction of the stored 60, then of itself; an earlier record does not count
        var earlier = new ValueRecord(ValueTarget.indicator(new NodeId(3)), Period.of(YEAR),
                Value.of(new Quantity(new BigDecimal("1"), Unit.PERCENT)), Instant.parse("2023-01-09T10:00:00Z"),
                "ignorato", "dato vecchio");
        stores.values().record(ENTITY, YEAR, List.of(value(3, "65", "primo"), value(3, "70", "secondo"), earlier),
                MARIO);

        var corrected = of(ChangeKind.VALUE_CORRECTED);
        assertThat(corrected).extracting(entry -> entry.change().before() + " -> " + entry.change().after())
                .containsExactly("{\"valore\":\"60 %\"} -> {\"valore\":\"65 %\"}",
                        "{\"valore\":\"65 %\"} -> {\"valore\":\"70 %\"}",
                        "{\"valore\":\"70 %\"} -> {\"valore\":\"1 %\"}");
        // the value that counts is still 70: the record of the 9th is older than the rest
        assertThat(stores.values().latest(ENTITY, YEAR, Period.of(YEAR)).get(ValueTarget.indicator(new NodeId(3))))
                .isEqualTo(Value.of(new Quantity(new BigDecimal("70"), Unit.PERCENT)));
    }

    @Test
    void comments_measures_and_rules_each_leave_their_entry() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.comments().add(ENTITY, YEAR, new Comment(new NodeId(3), "Ritardo del fornitore", MARIO.name(),
                Instant.parse("2023-01-10T10:00:00Z")), MARIO);
        stores.measures().save(ENTITY, List.of(new Measure("GG_Canc_Prot", "Giorni di cancellazione", Unit.DAYS,
                "Protocollo", "Segreteria")), MARIO);
        var policy = ScoringPolicy.defaults().withFloor(new Floor.Below(new BigDecimal("60")));
        stores.policies().save(ENTITY, YEAR, new PlanPolicy(policy, PolicyOverrides.none()), MARIO);

        var mine = audit.list(AuditFilter.EVERYTHING.withActor("mario.rossi"), 0, 100, false);
        assertThat(mine).extracting(e -> e.change().kind()).containsExactly(ChangeKind.COMMENT_ADDED,
                ChangeKind.MEASURE_SAVED, ChangeKind.POLICY_CHANGED);
        assertThat(mine.get(0).change().after()).isEqualTo("{\"commento\":\"Ritardo del fornitore\"}");
        assertThat(mine.get(1).change().before()).isEqualTo("{\"unita\":\"\",\"descrizione\":\"\",\"fonte\":\"\","
                + "\"responsabile\":\"\"}".replace("\"unita\":\"\"", "\"unita\":\"" + Unit.UNSPECIFIED.symbol() + "\""));
        assertThat(mine.get(1).change().after()).isEqualTo("{\"unita\":\"gg\",\"descrizione\":\"Giorni di cancellazione\","
                + "\"fonte\":\"Protocollo\",\"responsabile\":\"Segreteria\"}");
        assertThat(mine.get(2).change().before()).contains("floor=none");
        assertThat(mine.get(2).change().after()).contains("floor=60");
    }

    @Test
    void a_deleted_plan_leaves_its_entry_and_entries_outlive_the_entity() throws SQLException {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        assertThat(stores.plans().delete(ENTITY, YEAR, MARIO)).isTrue();

        var deleted = of(ChangeKind.PLAN_DELETED);
        assertThat(deleted).hasSize(1);
        assertThat(deleted.getFirst().change().before()).startsWith("{\"versione\":\"1\",\"ambiti\":\"2\"");
        sql("delete from entity");
        assertThat(all()).hasSize(4);
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Intact(4));
    }

    @Test
    void a_failed_write_leaves_no_entry() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        var before = all().size();

        assertThatThrownBy(() -> stores.plans().save(SamplePlans.sample(), false, MARIO))
                .isInstanceOf(PlanExistsException.class);
        assertThatThrownBy(() -> stores.plans().save(SamplePlans.withOverlongTitleAtTheEnd(), true, MARIO))
                .isInstanceOf(StoreException.class);
        var overlong = new ValueRecord(ValueTarget.measure("M".repeat(201)), Period.of(YEAR),
                Value.MISSING, Instant.parse("2023-01-10T10:00:00Z"), "", "");
        assertThatThrownBy(() -> stores.values().record(ENTITY, YEAR, List.of(value(3, "65", ""), overlong), MARIO))
                .isInstanceOf(StoreException.class);

        assertThat(all()).hasSize(before);
        assertThat(stores.values().history(ENTITY, YEAR, ValueTarget.indicator(new NodeId(3)), Period.of(YEAR))).isEmpty();
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Intact(before));
    }

    @Test
    void a_refusal_is_recorded_with_the_plan_it_named() {
        audit.refused(MARIO, new AuditScope.OfPlan(ENTITY, YEAR), "DELETE /api/v1/plans/x/2022", "Accesso negato");

        var entry = all().getFirst();
        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.change().kind()).isEqualTo(ChangeKind.ACCESS_DENIED);
        assertThat(entry.change().subject()).isEqualTo("DELETE /api/v1/plans/x/2022");
        assertThat(entry.change().reason()).isEqualTo("Accesso negato");
        assertThat(entry.previousHash()).isEqualTo(AuditHash.GENESIS);
    }

    @Test
    void filters_select_by_plan_node_author_kind_and_day() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.values().record(ENTITY, YEAR, List.of(value(3, "65", ""), value(5, "1", "")), MARIO);
        var today = LocalDate.now(AuditFilter.ITALY);

        var plan = AuditFilter.EVERYTHING.withPlan(ENTITY, YEAR);
        // the plan, the two measures of its formulas (the entity's, shown with every plan of it), two values
        assertThat(audit.count(plan)).isEqualTo(5);
        assertThat(audit.count(plan.withNode(new NodeId(5)))).isEqualTo(1);
        assertThat(audit.count(AuditFilter.EVERYTHING.withActor("collaudo"))).isEqualTo(3);
        assertThat(audit.count(plan.withKind(ChangeKind.VALUE_RECORDED))).isEqualTo(2);
        assertThat(audit.count(AuditFilter.EVERYTHING.withDays(today.minusDays(1), today.plusDays(1)))).isEqualTo(5);
        assertThat(audit.count(AuditFilter.EVERYTHING.withDays(today.plusDays(1), today.plusDays(2)))).isZero();
        assertThat(audit.list(plan, 1, 1, true)).extracting(AuditEntry::sequence).containsExactly(4L);
    }

    @Test
    void an_entry_altered_in_the_database_breaks_the_chain_at_that_entry() throws SQLException {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.values().record(ENTITY, YEAR, List.of(value(3, "65", "")), MARIO);
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Intact(4));

        pastTheAuditTrigger("update audit_entry set after_state = '{\"valore\":\"95 %\"}' where sequence_number = 4");

        assertThat(audit.verify()).isEqualTo(new ChainCheck.Broken(4, Message.of("audit.verify.content", 4L)));
    }

    @Test
    void an_entry_removed_in_the_database_breaks_the_chain() throws SQLException {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.values().record(ENTITY, YEAR, List.of(value(3, "65", "")), MARIO);

        pastTheAuditTrigger("delete from audit_entry where sequence_number = 2");
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Broken(2, Message.of("audit.verify.missing", 2L, 3L)));

        pastTheAuditTrigger("delete from audit_entry where sequence_number > 1");
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Broken(2, Message.of("audit.verify.head", 4L, 1L)));
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_entry_whoever_asks() throws SQLException {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        var before = all();

        // the tests connect as the database's owner (a superuser on PostgreSQL): the trigger stops it too
        assertThatThrownBy(() -> sql("update audit_entry set actor = 'qualcun altro' where sequence_number = 1"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));
        assertThatThrownBy(() -> sql("delete from audit_entry where sequence_number = 2"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));
        assertThatThrownBy(() -> sql("delete from audit_entry"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));

        assertThat(all()).isEqualTo(before);
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Intact(before.size()));
    }
}
