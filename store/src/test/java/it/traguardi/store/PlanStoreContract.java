package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the plan store. Subclasses open one database per class (H2 or
 * PostgreSQL); every test starts from empty tables.
 */
abstract class PlanStoreContract {

    private static final List<String> TABLES =
            List.of("entity", "plan", "plan_node", "indicator_baseline", "indicator_target");

    PlanStore store;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        store = new PlanStore(database().dataSource());
    }

    /**
     * The Flyway migrations in the source folders (tests run in the module's folder): the portable
     * ones and those of the database under test.
     */
    private int migrationFiles() {
        int count = 0;
        for (var folder : List.of("migration", database().isPostgres() ? "postgresql" : "h2")) {
            try (var files = Files.list(Path.of("src/main/resources/db", folder))) {
                count += (int) files.filter(f -> f.getFileName().toString().matches("V[\\d_]+__\\w+\\.sql")).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    /** The tree as a person reads it: every node's kind and label, in order. */
    private static List<String> labels(Plan plan) {
        return plan.nodes().stream().map(n -> n.kind() + " " + n.label()).toList();
    }

    @Test
    void texts_at_the_length_limit_store_on_every_database_even_of_characters_outside_the_bmp() {
        // core Limits counts UTF-16 units: 100 emoji are the most a varchar(200) code holds on H2
        var plan = PlanEdits.edit(SamplePlans.sample(), new NodeId(3),
                "😀".repeat(100), "😀".repeat(1000), Weight.percent("66.67"));
        assertThat(Limits.Text.CODE.problem(plan.nodes().get(2).code())).isEmpty();

        store.save(plan, false, TestActors.TESTER);

        assertThat(store.load(plan.entity(), plan.year())).contains(plan);
    }

    @Test
    void a_saved_plan_loads_back_equal_to_the_original() {
        var plan = SamplePlans.sample();

        store.save(plan, false, TestActors.TESTER);

        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(plan);
    }

    @Test
    void loading_keeps_the_scale_of_every_number_and_the_notation_of_every_target() {
        var plan = SamplePlans.sample();
        store.save(plan, false, TestActors.TESTER);

        var loaded = store.load(SamplePlans.ENTITY, SamplePlans.YEAR).orElseThrow();

        assertThat(loaded.indicators().map(i -> i.definition().baselines().toString()).toList())
                .isEqualTo(plan.indicators().map(i -> i.definition().baselines().toString()).toList());
        assertThat(loaded.indicators().map(i -> i.definition().targets().toString()).toList())
                .isEqualTo(plan.indicators().map(i -> i.definition().targets().toString()).toList());
    }

    @Test
    void a_large_plan_round_trips() {
        var plan = SamplePlans.large("CCIAA di Bologna", 2023, 5);
        assertThat(SamplePlans.nodeCount(plan)).isGreaterThan(150);

        store.save(plan, false, TestActors.TESTER);

        assertThat(store.load("CCIAA di Bologna", 2023)).contains(plan);
    }

    @Test
    void a_plan_read_again_unchanged_comes_from_the_cache_and_a_replaced_one_is_read_anew() {
        var plan = SamplePlans.sample();
        store.save(plan, false, TestActors.TESTER);
        var first = store.load(plan.entity(), plan.year()).orElseThrow();
        assertThat(store.load(plan.entity(), plan.year()).orElseThrow()).isSameAs(first);

        var renamed = SamplePlans.large(plan.entity(), plan.year(), 2);
        // a new reading of the plan is stored with the ids its matching with the stored plan gave
        var stored = store.save(renamed, true, TestActors.TESTER).orElseThrow().matching().plan();
        assertThat(store.load(plan.entity(), plan.year())).contains(stored);
        assertThat(labels(stored)).isEqualTo(labels(renamed));

        store.delete(plan.entity(), plan.year(), TestActors.TESTER);
        store.save(plan, false, TestActors.TESTER);
        // the same tree again, under ids the deleted plans never issued
        var again = store.load(plan.entity(), plan.year()).orElseThrow();
        assertThat(labels(again)).isEqualTo(labels(plan));
        assertThat(again.nodes().getFirst().id().value()).isGreaterThan(stored.lastIssuedId());
    }

    @Test
    void plans_read_in_turn_stay_cached_and_many_other_plans_do_not_push_them_out() {
        var first = SamplePlans.sample();
        var second = SamplePlans.sample(first.entity(), first.year() + 1);
        store.save(first, false, TestActors.TESTER);
        store.save(second, false, TestActors.TESTER);
        var firstRead = store.load(first.entity(), first.year()).orElseThrow();
        var secondRead = store.load(second.entity(), second.year()).orElseThrow();

        assertThat(store.load(first.entity(), first.year()).orElseThrow()).isSameAs(firstRead);
        assertThat(store.load(second.entity(), second.year()).orElseThrow()).isSameAs(secondRead);

        // 255 more plans: the hand-made map emptied itself past 256 plans; the cache bounded by
        // nodes (250,000 by default) keeps them all, the first two included
        for (int i = 1; i <= 255; i++) {
            var small = new Plan("Ente " + i, first.year(), List.of(), List.of(), List.of(
                    new StrategicArea(new NodeId(1), "1", "Ambito", Weight.FULL, List.of())));
            store.save(small, false, TestActors.TESTER);
            store.load(small.entity(), small.year());
        }
        var again = store.load(first.entity(), first.year()).orElseThrow();
        assertThat(again).isSameAs(firstRead);
    }

    @Test
    void a_plan_loads_with_the_version_it_was_stored_as() {
        assertThat(store.loadVersioned(SamplePlans.ENTITY, SamplePlans.YEAR)).isEmpty();
        var plan = SamplePlans.sample();
        store.save(plan, false, TestActors.TESTER);

        assertThat(store.loadVersioned(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(new Versioned(plan, 1));

        var larger = store.save(SamplePlans.large(plan.entity(), plan.year(), 2), true, TestActors.TESTER).orElseThrow().matching().plan();
        assertThat(store.loadVersioned(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(new Versioned(larger, 2));
        // from the cache now: the same plan, still with its own version
        assertThat(store.loadVersioned(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(new Versioned(larger, 2));
    }

    @Test
    void a_plan_and_its_version_read_while_it_is_being_replaced_always_belong_together() throws Exception {
        var small = SamplePlans.sample();
        var large = SamplePlans.large(small.entity(), small.year(), 2);
        int smallSize = SamplePlans.nodeCount(small);
        assertThat(SamplePlans.nodeCount(large)).isNotEqualTo(smallSize);
        store.save(small, false, TestActors.TESTER);
        // odd versions are the small plan, even ones the large: a version read apart from its plan breaks that
        var writer = new Thread(() -> {
            for (int round = 0; round < 20; round++) {
                store.save(round % 2 == 0 ? large : small, true, TestActors.TESTER);
            }
        });
        writer.start();
        var mismatched = new ArrayList<String>();
        int reads = 0;
        while (writer.isAlive() || reads == 0) {
            var read = store.loadVersioned(small.entity(), small.year()).orElseThrow();
            reads++;
            if ((read.version() % 2 == 1) != (SamplePlans.nodeCount(read.plan()) == smallSize)) {
                mismatched.add("version " + read.version() + " with " + SamplePlans.nodeCount(read.plan()) + " nodes");
            }
        }
        writer.join();

        assertThat(mismatched).isEmpty();
        assertThat(store.loadVersioned(small.entity(), small.year()).orElseThrow().version()).isEqualTo(21);
    }

    @Test
    void a_plan_replaced_between_the_reads_of_a_load_is_read_whole_as_it_was_when_the_load_began() {
        var small = SamplePlans.sample();
        store.save(small, false, TestActors.TESTER);
        var large = SamplePlans.large(small.entity(), small.year(), 2);
        // the replacement commits after the reader has read the plan row and before it reads the nodes
        var reader = new PlanStore(Interleaving.before(database().dataSource(), "from plan_node where plan_id",
                () -> store.save(large, true, TestActors.TESTER)));

        var read = reader.loadVersioned(small.entity(), small.year());

        assertThat(read).contains(new Versioned(small, 1));
        assertThat(store.version(small.entity(), small.year())).contains(2);
    }

    @Test
    void replacing_a_large_plan_again_and_again_keeps_one_copy_and_counts_versions() {
        // Speed is measured by the benchmarks (docs/benchmarks.md), not asserted here.
        var plan = SamplePlans.large("CCIAA di Bologna", 2023, 5);
        store.save(plan, false, TestActors.TESTER);
        for (int round = 0; round < 5; round++) {
            store.save(plan, true, TestActors.TESTER);
        }
        assertThat(store.list()).singleElement().satisfies(summary -> assertThat(summary.version()).isEqualTo(6));
        assertThat(store.load("CCIAA di Bologna", 2023)).contains(plan);
    }

    @Test
    void loading_a_plan_that_was_never_saved_finds_nothing() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);

        assertThat(store.load(SamplePlans.ENTITY, 2021)).isEmpty();
        assertThat(store.load("CCIAA di Parma", SamplePlans.YEAR)).isEmpty();
    }

    @Test
    void entity_names_are_compared_exactly() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var shouted = SamplePlans.sample("CCIAA DI MODENA", SamplePlans.YEAR);

        store.save(shouted, false, TestActors.TESTER);

        assertThat(store.load("cciaa di modena", SamplePlans.YEAR)).isEmpty();
        assertThat(store.load("CCIAA DI MODENA", SamplePlans.YEAR)).contains(shouted);
        assertThat(store.list()).hasSize(2);
    }

    @Test
    void saving_over_an_existing_plan_without_replace_is_refused_and_changes_nothing() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var before = rowCounts();
        var other = SamplePlans.large(SamplePlans.ENTITY, SamplePlans.YEAR, 1);

        assertThatThrownBy(() -> store.save(other, false, TestActors.TESTER))
                .isInstanceOfSatisfying(PlanExistsException.class, e -> {
                    assertThat(e.entity()).isEqualTo(SamplePlans.ENTITY);
                    assertThat(e.year()).isEqualTo(SamplePlans.YEAR);
                });

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(SamplePlans.sample());
    }

    @Test
    void saving_with_replace_swaps_the_old_plan_for_the_new_one() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var other = SamplePlans.large(SamplePlans.ENTITY, SamplePlans.YEAR, 1);

        var stored = store.save(other, true, TestActors.TESTER).orElseThrow().matching().plan();

        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(stored);
        assertThat(labels(stored)).isEqualTo(labels(other));
        assertThat(store.list()).singleElement().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.indicators()).isEqualTo((int) other.indicators().count());
        });
        assertThat(rowCounts().get("plan_node")).isEqualTo(SamplePlans.nodeCount(other));
    }

    @Test
    void saving_with_replace_when_nothing_is_stored_saves_the_first_version() {
        store.save(SamplePlans.sample(), true, TestActors.TESTER);

        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(SamplePlans.sample());
        assertThat(store.list()).singleElement().extracting(PlanSummary::version).isEqualTo(1);
    }

    @Test
    void a_plan_that_fails_while_being_written_leaves_nothing_behind() {
        var failing = SamplePlans.withOverlongTitleAtTheEnd();

        assertThatThrownBy(() -> store.save(failing, false, TestActors.TESTER))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.sqlState()).isEqualTo("22001"));

        assertThat(rowCounts()).containsOnlyKeys(TABLES).allSatisfy((table, rows) -> assertThat(rows).isZero());
    }

    @Test
    void a_plan_with_two_nodes_of_the_same_id_is_refused_whole() {
        assertThatThrownBy(() -> store.save(SamplePlans.withDuplicateNodeId(), false, TestActors.TESTER))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"));

        assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).isZero());
    }

    @Test
    void a_number_with_more_decimals_than_the_store_keeps_is_refused_rather_than_rounded() {
        assertThatThrownBy(() -> store.save(SamplePlans.withTooManyDecimals(), false, TestActors.TESTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.1234567890123");

        assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).isZero());
    }

    @Test
    void a_replacement_that_fails_while_being_written_keeps_the_old_plan() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var before = rowCounts();

        assertThatThrownBy(() -> store.save(SamplePlans.withOverlongTitleAtTheEnd(), true, TestActors.TESTER))
                .isInstanceOf(StoreException.class);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(SamplePlans.sample());
        assertThat(store.list()).singleElement().extracting(PlanSummary::version).isEqualTo(1);
    }

    @Test
    void the_list_counts_the_levels_of_every_plan_in_order_of_entity_and_year() {
        store.save(SamplePlans.sample("CCIAA di Modena", 2023), false, TestActors.TESTER);
        store.save(SamplePlans.large("CCIAA di Bologna", 2022, 2), false, TestActors.TESTER);
        store.save(SamplePlans.sample("CCIAA di Modena", 2022), false, TestActors.TESTER);

        var list = store.list();

        assertThat(list).extracting(PlanSummary::entity, PlanSummary::year).containsExactly(
                tuple("CCIAA di Bologna", 2022),
                tuple("CCIAA di Modena", 2022),
                tuple("CCIAA di Modena", 2023));
        assertThat(list.get(1)).extracting(PlanSummary::areas, PlanSummary::strategicObjectives,
                PlanSummary::operationalObjectives, PlanSummary::indicators).containsExactly(2, 3, 3, 6);
        assertThat(list.get(0)).extracting(PlanSummary::areas, PlanSummary::strategicObjectives,
                PlanSummary::operationalObjectives, PlanSummary::indicators).containsExactly(3, 9, 18, 54);
        assertThat(list).allSatisfy(s -> assertThat(s.createdAt()).isBefore(Instant.now().plusSeconds(60)));
    }

    @Test
    void the_list_of_an_empty_store_is_empty() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    void deleting_removes_the_plan_and_all_its_rows() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        store.save(SamplePlans.sample(SamplePlans.ENTITY, 2023), false, TestActors.TESTER);

        assertThat(store.delete(SamplePlans.ENTITY, SamplePlans.YEAR, TestActors.TESTER)).isTrue();

        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).isEmpty();
        assertThat(store.load(SamplePlans.ENTITY, 2023)).contains(SamplePlans.sample(SamplePlans.ENTITY, 2023));
        assertThat(rowCounts().get("plan_node")).isEqualTo(SamplePlans.nodeCount(SamplePlans.sample()));
    }

    @Test
    void deleting_a_plan_that_is_not_there_says_so() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);

        assertThat(store.delete(SamplePlans.ENTITY, 2030, TestActors.TESTER)).isFalse();
        assertThat(store.delete("CCIAA di Parma", SamplePlans.YEAR, TestActors.TESTER)).isFalse();
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void a_deleted_plan_can_be_saved_again_without_replace() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        store.delete(SamplePlans.ENTITY, SamplePlans.YEAR, TestActors.TESTER);

        store.save(SamplePlans.sample(), false, TestActors.TESTER);

        // the same tree, numbered past the 14 ids the deleted plan issued
        var again = store.load(SamplePlans.ENTITY, SamplePlans.YEAR).orElseThrow();
        assertThat(labels(again)).isEqualTo(labels(SamplePlans.sample()));
        assertThat(again.nodes()).extracting(n -> n.id().value()).startsWith(15, 16, 17);
        assertThat(again.lastIssuedId()).isEqualTo(28);
    }

    @Test
    void migrating_an_up_to_date_database_again_changes_nothing() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var before = rowCounts();

        assertThat(database().migrate()).isZero();
        assertThat(database().migrate()).isZero();

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void a_fresh_database_was_migrated_when_opened() {
        // every migration in the source folders (the portable ones and the database's own), counted apart from Flyway
        assertThat(database().migrationsApplied()).isEqualTo(migrationFiles());
    }

    @Test
    void the_version_of_a_plan_counts_its_replacements() {
        assertThat(store.version(SamplePlans.ENTITY, SamplePlans.YEAR)).isEmpty();
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        assertThat(store.version(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(1);
        store.save(SamplePlans.sample(), true, TestActors.TESTER);
        assertThat(store.version(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(2);
    }

    @Test
    void replacing_the_expected_version_writes_the_next_version() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var other = SamplePlans.large(SamplePlans.ENTITY, SamplePlans.YEAR, 1);

        store.replace(other, 1, TestActors.TESTER);

        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(other);
        assertThat(store.version(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(2);
    }

    @Test
    void replacing_a_version_that_is_no_longer_stored_is_refused_and_changes_nothing() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        store.save(SamplePlans.sample(), true, TestActors.TESTER);
        var before = rowCounts();
        var other = SamplePlans.large(SamplePlans.ENTITY, SamplePlans.YEAR, 1);

        assertThatThrownBy(() -> store.replace(other, 1, TestActors.TESTER))
                .isInstanceOfSatisfying(PlanChangedException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.current()).contains(2);
                });

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(store.load(SamplePlans.ENTITY, SamplePlans.YEAR)).contains(SamplePlans.sample());
    }

    @Test
    void replacing_an_expected_version_when_nothing_is_stored_is_refused() {
        assertThatThrownBy(() -> store.replace(SamplePlans.sample(), 1, TestActors.TESTER))
                .isInstanceOfSatisfying(PlanChangedException.class, e -> assertThat(e.current()).isEmpty());

        assertThat(store.list()).isEmpty();
    }

    @Test
    void deleting_the_expected_version_deletes_and_another_version_is_refused() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        store.save(SamplePlans.sample(), true, TestActors.TESTER);

        assertThatThrownBy(() -> store.delete(SamplePlans.ENTITY, SamplePlans.YEAR, 1, TestActors.TESTER))
                .isInstanceOfSatisfying(PlanChangedException.class, e -> assertThat(e.current()).contains(2));
        assertThat(store.list()).hasSize(1);

        assertThat(store.delete(SamplePlans.ENTITY, SamplePlans.YEAR, 2, TestActors.TESTER)).isTrue();
        assertThat(store.list()).isEmpty();
        assertThat(store.delete(SamplePlans.ENTITY, SamplePlans.YEAR, 2, TestActors.TESTER)).isFalse();
    }

    @Test
    void a_new_reading_replaces_only_the_version_it_was_previewed_over() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var incoming = SamplePlans.large(SamplePlans.ENTITY, SamplePlans.YEAR, 1);

        assertThatThrownBy(() -> store.replaceReading(incoming, 2, TestActors.TESTER))
                .isInstanceOfSatisfying(PlanChangedException.class, e -> {
                    assertThat(e.entity()).isEqualTo(SamplePlans.ENTITY);
                    assertThat(e.year()).isEqualTo(SamplePlans.YEAR);
                    assertThat(e.expected()).isEqualTo(2);
                    assertThat(e.current()).contains(1);
                });
        assertThat(store.loadVersioned(SamplePlans.ENTITY, SamplePlans.YEAR))
                .contains(new Versioned(SamplePlans.sample(), 1));

        var replacement = store.replaceReading(incoming, 1, TestActors.TESTER);

        assertThat(replacement.storedVersion()).isEqualTo(1);
        assertThat(labels(replacement.matching().plan())).isEqualTo(labels(incoming));
        assertThat(store.loadVersioned(SamplePlans.ENTITY, SamplePlans.YEAR))
                .contains(new Versioned(replacement.matching().plan(), 2));
    }

    @Test
    void saving_a_plan_adds_the_measures_its_formulas_use_and_keeps_those_already_described() {
        var measures = new MeasureStore(database().dataSource());
        var described = new Measure("GG_Canc_Prot", "Giorni di cancellazione dei protesti", Unit.DAYS,
                "Registro protesti", "Ufficio protesti");
        measures.save(SamplePlans.ENTITY, List.of(described), TestActors.TESTER);
        var plan = SamplePlans.sample();
        var used = PlanMeasures.of(plan);
        // the formula of indicator 42.D4.1.2 names both
        assertThat(used).extracting(Measure::code).contains("GG_Canc_Prot", "N_Canc_Prot_Evase");

        store.save(plan, false, TestActors.TESTER);

        var expected = used.stream().map(m -> m.code().equals(described.code()) ? described : m)
                .sorted(Comparator.comparing(Measure::code)).toList();
        assertThat(measures.list(SamplePlans.ENTITY)).isEqualTo(expected);
    }

    @Test
    void a_plan_saved_after_a_delete_issues_ids_past_the_deleted_ones_and_keeps_its_own_issued_ids() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        store.delete(SamplePlans.ENTITY, SamplePlans.YEAR, TestActors.TESTER);
        // an editor deleted indicator #14: the plan's 13 nodes have issued 14 ids
        var edited = PlanEdits.delete(SamplePlans.sample(), new NodeId(14));
        assertThat(edited.lastIssuedId()).isEqualTo(14);

        store.save(edited, false, TestActors.TESTER);

        // every id moved past the 14 the deleted plan issued: 15..27, and 14 + 14 issued in all
        var again = store.load(SamplePlans.ENTITY, SamplePlans.YEAR).orElseThrow();
        assertThat(again.nodes()).extracting(n -> n.id().value()).startsWith(15).endsWith(27);
        assertThat(again.lastIssuedId()).isEqualTo(28);
    }

    @Test
    void an_edit_made_over_an_older_version_never_lowers_the_ids_issued() {
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        var loaded = store.load(SamplePlans.ENTITY, SamplePlans.YEAR).orElseThrow();
        store.replace(PlanEdits.add(loaded, new SiblingGroup.OperationalIndicators(new NodeId(13)), "N1", "Nuovo",
                Weight.ZERO), 1, TestActors.TESTER);
        // version 2 issued #15; the sample, as version 1 had it, issued only 14
        assertThat(SamplePlans.sample().lastIssuedId()).isEqualTo(14);

        store.replace(SamplePlans.sample(), 2, TestActors.TESTER);

        var stored = store.load(SamplePlans.ENTITY, SamplePlans.YEAR).orElseThrow();
        assertThat(stored.lastIssuedId()).isEqualTo(15);
        // so a node added now is #16, never the #15 the edit removed
        assertThat(stored.nextNodeId()).isEqualTo(new NodeId(16));
    }

    @Test
    void a_plan_row_the_database_refuses_is_a_store_error_not_a_plan_already_stored() {
        // 50 baseline years take 249 characters, more than the 200 of their column
        var years = IntStream.range(1950, 2000).boxed().toList();
        var sample = SamplePlans.sample();
        var plan = new Plan(sample.entity(), sample.year(), years, sample.targetYears(), sample.areas());

        assertThatThrownBy(() -> store.save(plan, false, TestActors.TESTER))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.sqlState()).isEqualTo("22001"));

        assertThat(store.list()).isEmpty();
    }

    @Test
    void rows_keep_only_the_columns_of_their_level() {
        // an objective written right after an indicator must not carry the indicator's definition
        store.save(SamplePlans.sample(), false, TestActors.TESTER);
        store.save(SamplePlans.large("CCIAA di Bologna", 2023, 2), false, TestActors.TESTER);

        assertThat(count("select count(*) from plan_node where kind <> 'INDICATOR' and (algorithm is not null"
                + " or unit is not null or data_source is not null or owner is not null or formula is not null)"))
                .isZero();
        assertThat(count("select count(*) from plan_node where kind <> 'STRATEGIC_OBJECTIVE'"
                + " and (indicator_group_weight is not null or operational_group_weight is not null)")).isZero();
        // the sample's 6 indicators and the large plan's 3 * 3 * 6 have a unit; their 3 + 9 objectives group weights
        assertThat(count("select count(*) from plan_node where unit is not null")).isEqualTo(6 + 54);
        assertThat(count("select count(*) from plan_node where indicator_group_weight is not null")).isEqualTo(3 + 9);
    }

    private long count(String sql) {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    Map<String, Integer> rowCounts() {
        var counts = new LinkedHashMap<String, Integer>();
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            for (var table : TABLES) {
                try (var row = statement.executeQuery("select count(*) from " + table)) {
                    row.next();
                    counts.put(table, row.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return counts;
    }
}
