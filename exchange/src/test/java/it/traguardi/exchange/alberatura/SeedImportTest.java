package it.traguardi.exchange.alberatura;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.exchange.DemoData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedImportTest {

    private AlberaturaImport seed;
    private Plan plan;

    // read afresh for each test (not @BeforeAll): PIT credits what a @BeforeAll runs to one test only,
    // so mutants there would escape the assertions of the others
    @BeforeEach
    void readSeed() throws Exception {
        seed = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE);
        plan = seed.plan();
    }

    @Test
    void entity_and_year_come_from_the_title_line() {
        assertThat(plan.entity()).isEqualTo("Modena");
        assertThat(plan.year()).isEqualTo(2022);
        assertThat(plan.baselineYears()).containsExactly(2018, 2019, 2020, 2021);
        assertThat(plan.targetYears()).containsExactly(2022, 2023, 2024);
    }

    @Test
    void the_tree_has_the_counts_of_the_domain_document() {
        assertThat(plan.areas()).hasSize(3);
        assertThat(plan.strategicObjectives()).hasSize(10);
        assertThat(plan.operationalObjectives()).hasSize(20);
        assertThat(plan.indicators()).hasSize(94);
    }

    @Test
    void every_sibling_group_makes_one_hundred_percent() {
        assertThat(PlanCheck.check(plan)).filteredOn(f -> f.kind() == FindingKind.WEIGHT_SUM).isEmpty();
    }

    @Test
    void every_node_keeps_its_line() {
        assertThat(seed.lines()).hasSize(plan.nodes().size());
        assertThat(seed.lines().get(plan.areas().getFirst().id())).isEqualTo(7);
    }

    @Test
    void areas_are_read_with_their_codes_even_when_repeated() {
        assertThat(plan.areas()).extracting(a -> a.code() + " " + a.title() + " " + ItalianFormat.format(a.weight()))
                .containsExactly("1 Competitività delle imprese 33,33%", "403 Competitività del territorio 33,33%",
                        "1 Competitività dell'Ente 33,34%");
    }

    @Test
    void the_second_area_continues_across_the_section_break() {
        assertThat(plan.areas().get(1).objectives()).extracting(o -> o.code())
                .containsExactly("403", "601", "700", "701");
    }

    @Test
    void an_indicator_keeps_words_codes_baselines_and_targets() {
        var export = plan.indicators().filter(i -> i.code().equals("301.50")).findFirst().orElseThrow();
        var d = export.definition();
        assertThat(d.algorithm()).isEqualTo("Valore esportazioni Driver Export");
        assertThat(d.unit()).isEqualTo(Unit.EURO);
        assertThat(d.baselines().keySet()).containsExactly(2018, 2020, 2021);
        assertThat(ItalianFormat.format(d.baselines().get(2018))).isEqualTo("13.147.300.000 €");
        assertThat(ItalianFormat.format(d.targets().get(2024))).isEqualTo("≥ 13.500.000.000 €");
    }

    @Test
    void codes_missing_or_repeated_are_reported_as_warnings() {
        var warnings = seed.warnings();
        assertThat(warnings).filteredOn(f -> f.kind() == FindingKind.MISSING_CODE).hasSize(3);
        assertThat(render(warnings, FindingKind.DUPLICATE_CODE)).containsExactlyInAnyOrder(
                "il codice «701.C1.1» compare 2 volte (obiettivo operativo)",
                "il codice «42.D4.1.2» compare 2 volte (indicatore)",
                "il codice «C1.1.07» compare 2 volte (indicatore)",
                "il codice «1» compare 2 volte (ambito strategico)");
        assertThat(render(warnings, FindingKind.BASELINE_YEARS_DIFFER)).containsExactly(
                "gli anni di baseline della sezione alla riga 60 (2019, 2020, 2021) differiscono da quelli della"
                        + " prima sezione (2018, 2020, 2021)",
                "gli anni di baseline della sezione alla riga 111 (2019, 2020, 2021) differiscono da quelli della"
                        + " prima sezione (2018, 2020, 2021)");
    }

    @Test
    void formulas_are_derived_where_the_codes_are_unambiguous_and_the_rest_are_listed() {
        var withFormula = plan.indicators().filter(i -> i.definition().hasFormula()).toList();
        assertThat(withFormula).hasSize(54);
        assertThat(withFormula).filteredOn(i -> i.code().equals("31.D1.2.4"))
                .singleElement().satisfies(i -> assertThat(i.definition().formula()).isEqualTo("D2.1_32 / D1.2_2"));
        assertThat(withFormula).filteredOn(i -> i.code().equals("701.50"))
                .singleElement().satisfies(i -> assertThat(i.definition().formula())
                        .isEqualTo("S4 / [N. ImprAtt_UUUL_Tot]"));
        assertThat(seed.warnings()).filteredOn(f -> f.kind() == FindingKind.ALGORITHM_UNREADABLE).hasSize(40);
    }

    @Test
    void the_quality_checks_of_the_seed_find_148_findings_of_five_kinds() {
        var findings = PlanCheck.check(plan);

        // The counts the web page, the API and the command line show for the seed: the 40 algorithms left to a
        // person (AlgorithmReadingTest gives the reason of each), the 4 repeated codes and the 3 indicators
        // without a code listed above, 10 indicators with no baseline for any year, and 91 targets that ask
        // for less than the latest baseline (one finding per indicator and target year, on 55 indicators).
        // No weight group misses 100% (every_sibling_group_makes_one_hundred_percent).
        assertThat(findings).hasSize(148);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ALGORITHM_UNREADABLE).hasSize(40);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.DUPLICATE_CODE).hasSize(4);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.MISSING_CODE).hasSize(3);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.MISSING_BASELINE).hasSize(10);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.TARGET_NOT_CHALLENGING).hasSize(91);
        assertThat(findings.stream().filter(f -> f.kind() == FindingKind.TARGET_NOT_CHALLENGING)
                .map(f -> f.nodes().getFirst()).distinct()).hasSize(55);
    }

    private static List<String> render(List<Finding> findings, FindingKind kind) {
        var messages = Messages.forLanguage("it");
        return findings.stream().filter(f -> f.kind() == kind).map(f -> messages.render(f.message())).toList();
    }
}
