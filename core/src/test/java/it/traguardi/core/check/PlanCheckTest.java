package it.traguardi.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicObjective;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCheckTest {

    private final PlanFixture f = new PlanFixture();

    @Test
    void a_complete_plan_has_no_findings() {
        assertThat(PlanCheck.check(f.complete())).isEmpty();
    }

    // ---- algorithms left to a person, and the order of the findings ----

    @Test
    void an_indicator_without_a_formula_is_listed_only_when_its_algorithm_cannot_be_read() {
        var unreadable = PlanFixture.withoutFormula(f.indicator("11.A1.1", "50,00%"), "Numero imprese attive al 31/12");
        var derivable = PlanFixture.withoutFormula(f.indicator("11.A1.2", "50,00%"),
                "Imprese agroalimentari con certificazione D6.2.2");
        var plan = f.plan(f.area("1", "100,00%", f.os("101", "100,00%",
                List.of(f.indicator("101.50", "100,00%")), List.of(f.oo("101.A1", "100,00%", unreadable, derivable)))));

        var findings = PlanCheck.check(plan);

        // the second names a measure after its words (AlgorithmReadingTest): a person need not read it
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.ALGORITHM_UNREADABLE);
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.nodes()).containsExactly(unreadable.id());
            assertThat(Messages.forLanguage("it").render(finding.message())).contains("11.A1.1");
        });
    }

    @Test
    void findings_come_grouped_by_kind_in_the_order_of_the_kinds_and_in_tree_order_within_each() {
        // two indicators, each with no baseline and an algorithm left to a person: the checks meet them
        // indicator by indicator, the report lists them kind by kind
        var first = PlanFixture.withoutFormula(f.indicator("11.A1.1", "50,00%", "≥ 1.000 N.", "", "", ""), "Testo");
        var second = PlanFixture.withoutFormula(f.indicator("11.A1.2", "50,00%", "≥ 1.000 N.", "", "", ""), "Altro");
        var plan = f.plan(f.area("1", "100,00%", f.os("101", "100,00%",
                List.of(f.indicator("101.50", "100,00%")), List.of(f.oo("101.A1", "100,00%", first, second)))));

        var findings = PlanCheck.check(plan);

        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.MISSING_BASELINE,
                FindingKind.MISSING_BASELINE, FindingKind.ALGORITHM_UNREADABLE, FindingKind.ALGORITHM_UNREADABLE);
        assertThat(findings).extracting(Finding::nodes).containsExactly(List.of(first.id()), List.of(second.id()),
                List.of(first.id()), List.of(second.id()));
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.INFO, Severity.INFO, Severity.INFO);
    }

    // ---- weight sums ----

    @ParameterizedTest(name = "{0} -> flagged: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        100,00%                 | false
        33,33% 33,33% 33,34%    | false
        33,33% 33,33% 33,33%    | false
        50,00% 49,99%           | false
        50,00% 50,01%           | false
        50,00% 49,98%           | true
        50,00% 50,02%           | true
        33,33% 33,33%           | true
        40,00% 40,00% 40,00%    | true
        """)
    void sibling_weights_are_flagged_only_when_off_by_more_than_one_hundredth(String weights, boolean flagged) {
        var indicators = Arrays.stream(weights.split(" ")).map(w -> f.indicator("", w)).toArray(Indicator[]::new);
        var oo = f.oo("101.A1", "100,00%", indicators);
        var plan = f.plan(f.area("1", "100,00%", f.os("101", "100,00%", List.of(), List.of(oo))));

        var sums = findings(plan, FindingKind.WEIGHT_SUM);

        assertThat(sums).hasSize(flagged ? 1 : 0);
        sums.forEach(s -> assertThat(s.nodes()).containsExactly(oo.id()));
    }

    @Test
    void weights_are_checked_in_every_sibling_group() {
        var ooIndicator = f.indicator("11.A1.1", "90,00%");
        var oo = f.oo("101.A1", "90,00%", ooIndicator);
        var os = f.os("101", "90,00%", "50,00%", List.of(f.indicator("101.50", "90,00%")), "40,00%", List.of(oo));
        var area = f.area("1", "90,00%", os);
        var plan = f.plan(area);

        assertThat(findings(plan, FindingKind.WEIGHT_SUM)).extracting(Finding::nodes).containsExactly(
                List.of(), List.of(area.id()), List.of(os.id()), List.of(os.id()), List.of(os.id()), List.of(oo.id()));
    }

    @Test
    void a_wrong_weight_sum_is_an_error() {
        assertThat(FindingKind.WEIGHT_SUM.severity()).isEqualTo(Severity.ERROR);
    }

    // ---- codes ----

    @Test
    void the_same_code_twice_within_a_kind_is_flagged_once_with_both_nodes() {
        var first = f.oo("701.C1.1", "50,00%", f.indicator("71.C1.1.1", "100,00%"));
        var second = f.oo("701.C1.1", "50,00%", f.indicator("71.C1.1.2", "100,00%"));
        var plan = f.plan(f.area("7", "100,00%", f.os("701", "100,00%",
                List.of(f.indicator("701.50", "100,00%")), List.of(first, second))));

        assertThat(findings(plan, FindingKind.DUPLICATE_CODE)).singleElement()
                .satisfies(d -> assertThat(d.nodes()).containsExactly(first.id(), second.id()));
    }

    @Test
    void the_same_code_on_nodes_of_different_kinds_is_not_a_duplicate() {
        var plan = f.plan(f.area("42", "100,00%", f.os("42", "100,00%",
                List.of(f.indicator("42", "100,00%")),
                List.of(f.oo("42", "100,00%", f.indicator("42.D4.1.2", "100,00%"))))));

        assertThat(findings(plan, FindingKind.DUPLICATE_CODE)).isEmpty();
    }

    @Test
    void the_same_indicator_code_under_two_objectives_is_a_duplicate() {
        var plan = f.plan(f.area("4", "100,00%", f.os("402", "100,00%", List.of(), List.of(
                f.oo("402.D4.1", "50,00%", f.indicator("42.D4.1.2", "100,00%")),
                f.oo("402.D4.2", "50,00%", f.indicator("42.D4.1.2", "100,00%"))))));

        assertThat(findings(plan, FindingKind.DUPLICATE_CODE)).hasSize(1);
    }

    @Test
    void a_node_without_a_code_is_flagged_and_coded_nodes_are_not() {
        var uncoded = f.indicator("", "100,00%");
        var plan = f.plan(f.area("1", "100,00%", f.os("101", "100,00%",
                List.of(f.indicator("101.50", "100,00%")), List.of(f.oo("101.A1", "100,00%", uncoded)))));

        assertThat(findings(plan, FindingKind.MISSING_CODE)).singleElement()
                .satisfies(m -> assertThat(m.nodes()).containsExactly(uncoded.id()));
    }

    // ---- completeness ----

    @ParameterizedTest(name = "weight {0}, 2022 target ''{1}'' -> flagged: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        100,00% | ≥ 1.000 N. | false
        100,00% | N/D       | true
        100,00% |           | true
        0,00%   | N/D       | false
        0,00%   |           | false
        """)
    void a_weighted_indicator_needs_a_target_for_the_plan_year(String weight, String target, boolean flagged) {
        var indicator = f.indicator("11.A1.1", weight, target == null ? "" : target, "618 N.", "767 N.", "928 N.");
        var plan = planWithOneOperationalIndicator(indicator);

        assertThat(findings(plan, FindingKind.MISSING_TARGET)).extracting(Finding::nodes)
                .containsExactlyElementsOf(flagged ? List.of(List.of(indicator.id())) : List.of());
    }

    @ParameterizedTest(name = "baselines ''{0}'', ''{1}'', ''{2}'' -> flagged: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        N/D    | N/D    | N/D    | true
               |        |        | true
        618 N. | N/D    | N/D    | false
        N/D    | N/D    | 928 N. | false
        """)
    void an_indicator_without_any_known_baseline_is_flagged(String b2019, String b2020, String b2021,
            boolean flagged) {
        var indicator = f.indicator("11.A1.1", "100,00%", "≥ 800 N.", blank(b2019), blank(b2020), blank(b2021));
        var plan = planWithOneOperationalIndicator(indicator);

        assertThat(findings(plan, FindingKind.MISSING_BASELINE)).hasSize(flagged ? 1 : 0);
    }

    @Test
    void an_operational_objective_without_indicators_is_flagged() {
        var empty = f.oo("101.A2", "50,00%");
        var plan = f.plan(f.area("1", "100,00%", f.os("101", "100,00%", List.of(f.indicator("101.50", "100,00%")),
                List.of(f.oo("101.A1", "50,00%", f.indicator("11.A1.1", "100,00%")), empty))));

        assertThat(findings(plan, FindingKind.NO_INDICATORS)).singleElement()
                .satisfies(n -> assertThat(n.nodes()).containsExactly(empty.id()));
    }

    @Test
    void a_strategic_objective_with_neither_indicators_nor_operational_objectives_is_flagged() {
        var empty = f.os("102", "50,00%", List.of(), List.of());
        var plan = f.plan(f.area("1", "100,00%", f.os("101", "50,00%", List.of(f.indicator("101.50", "100,00%")),
                List.of()), empty));

        assertThat(findings(plan, FindingKind.NO_INDICATORS)).singleElement()
                .satisfies(n -> assertThat(n.nodes()).containsExactly(empty.id()));
    }

    @Test
    void an_area_without_objectives_is_flagged() {
        var empty = f.area("2", "50,00%");
        var complete = f.complete().areas().getFirst();
        var plan = f.plan(f.area("1", "50,00%", complete.objectives().toArray(StrategicObjective[]::new)),
                empty);

        assertThat(findings(plan, FindingKind.NO_OBJECTIVES)).singleElement()
                .satisfies(n -> assertThat(n.nodes()).containsExactly(empty.id()));
        assertThat(findings(plan, FindingKind.NO_INDICATORS)).isEmpty();
    }

    // ---- targets that are not challenging ----

    @ParameterizedTest(name = "{0} {1} {2} then {3} -> flagged: {4}")
    @CsvSource(delimiter = '|', textBlock = """
        618 N.    | 767 N.    | 1.133 N.  | ≥ 1.000 N.       | true
        618 N.    | 767 N.    | 1.133 N.  | >= 1.000 N.      | true
        618 N.    | 767 N.    | 1.133 N.  | ≥ 1.200 N.       | false
        618 N.    | 767 N.    | 1.133 N.  | ≥ 1.133 N.       | false
        2.000 N.  | 1.800 N.  | 1.133 N.  | ≥ 1.500 N.       | false
        0,90 gg   | 1,20 gg   | 1,10 gg   | ≤ 3,20 gg        | true
        0,90 gg   | 1,20 gg   | 1,10 gg   | <= 3,20 gg       | true
        0,90 gg   | 1,20 gg   | 1,10 gg   | ≤ 1 gg           | false
        0,90 gg   | 1,20 gg   | 1,10 gg   | ≤ 1,10 gg        | false
        N/D       | 1.133 N.  | N/D       | ≥ 1.000 N.       | true
        N/D       | 900 N.    | N/D       | ≥ 1.000 N.       | false
        -10,00 gg | -15,00 gg | -20,14 gg | ≤ -18 gg         | true
        -30,00 gg | -25,00 gg | -16,00 gg | ≤ -18 gg         | false
        618 N.    | 767 N.    | 1.133 N.  | ≥ 12,00 %        | false
        10,00 %   | 12,00 %   | 14,00 %   | ≤ 3 gg           | false
        N/D       | N/D       | N/D       | ≥ 1.000 N.       | false
        N/D       | N/D       | 25-12-2020 | Entro 31-12-2022 | false
        """)
    void a_target_easier_than_the_latest_known_baseline_is_flagged(String b2019, String b2020, String b2021,
            String target, boolean flagged) {
        var indicator = f.indicator("11.A1.1", "100,00%", target, b2019, b2020, b2021);
        var plan = planWithOneOperationalIndicator(indicator);

        assertThat(findings(plan, FindingKind.TARGET_NOT_CHALLENGING)).extracting(Finding::nodes)
                .containsExactlyElementsOf(flagged ? List.of(List.of(indicator.id())) : List.of());
    }

    // ---- messages ----

    @Test
    void a_target_not_challenging_reads_well_in_italian_and_english() {
        var plan = planWithOneOperationalIndicator(
                f.indicator("31.D1.1.1", "100,00%", "≥ 1.000 N.", "618 N.", "767 N.", "1.133 N."));
        var finding = findings(plan, FindingKind.TARGET_NOT_CHALLENGING).getFirst();

        assertThat(Messages.forLanguage("it").render(finding.message())).isEqualTo(
                "«31.D1.1.1 - Indicatore 31.D1.1.1»: il target 2022 «≥ 1.000 N.» è meno ambizioso "
                        + "della baseline 2021 (1.133 N.)");
        assertThat(Messages.forLanguage("en").render(finding.message())).isEqualTo(
                "«31.D1.1.1 - Indicatore 31.D1.1.1»: the 2022 target «≥ 1.000 N.» asks for less than "
                        + "the 2021 baseline (1.133 N.)");
    }

    @Test
    void a_weight_sum_names_its_group_and_total_in_italian_and_english() {
        var oo = f.oo("301.D1.1", "100,00%", f.indicator("31.D1.1.1", "50,00%"), f.indicator("31.D1.1.2", "49,98%"));
        var plan = f.plan(f.area("1", "100,00%", f.os("301", "100,00%", List.of(), List.of(oo))));
        var finding = findings(plan, FindingKind.WEIGHT_SUM).getFirst();

        assertThat(Messages.forLanguage("it").render(finding.message())).isEqualTo(
                "i pesi di indicatori di «301.D1.1 - Obiettivo operativo 301.D1.1» sommano a 99,98% invece di 100%");
        assertThat(Messages.forLanguage("en").render(finding.message())).isEqualTo(
                "the weights of indicators of «301.D1.1 - Obiettivo operativo 301.D1.1» add up to 99,98% "
                        + "instead of 100%");
    }

    @Test
    void a_duplicate_code_names_its_kind_in_italian_and_english() {
        var plan = f.plan(f.area("7", "100,00%", f.os("701", "100,00%", List.of(), List.of(
                f.oo("701.C1.1", "50,00%", f.indicator("71.C1.1.1", "100,00%")),
                f.oo("701.C1.1", "50,00%", f.indicator("71.C1.1.2", "100,00%"))))));
        var finding = findings(plan, FindingKind.DUPLICATE_CODE).getFirst();

        assertThat(Messages.forLanguage("it").render(finding.message()))
                .isEqualTo("il codice «701.C1.1» compare 2 volte (obiettivo operativo)");
        assertThat(Messages.forLanguage("en").render(finding.message()))
                .isEqualTo("the code «701.C1.1» appears 2 times (operational objective)");
    }

    @Test
    void a_missing_target_shows_the_year_without_grouping_in_italian_and_english() {
        var plan = planWithOneOperationalIndicator(f.indicator("11.A1.1", "100,00%", "N/D", "618 N."));
        var finding = findings(plan, FindingKind.MISSING_TARGET).getFirst();

        assertThat(Messages.forLanguage("it").render(finding.message()))
                .isEqualTo("«11.A1.1 - Indicatore 11.A1.1» non ha un target per il 2022");
        assertThat(Messages.forLanguage("en").render(finding.message()))
                .isEqualTo("«11.A1.1 - Indicatore 11.A1.1» has no target for 2022");
    }

    @Test
    void every_finding_kind_has_a_title_in_both_languages() {
        for (var kind : FindingKind.values()) {
            assertThat(Messages.forLanguage("it").get(kind.titleKey())).isNotBlank();
            assertThat(Messages.forLanguage("en").get(kind.titleKey())).isNotBlank();
        }
    }

    private Plan planWithOneOperationalIndicator(Indicator indicator) {
        return f.plan(f.area("1", "100,00%", f.os("101", "100,00%", List.of(f.indicator("101.50", "100,00%")),
                List.of(f.oo("101.A1", "100,00%", indicator)))));
    }

    private static List<Finding> findings(Plan plan, FindingKind kind) {
        return PlanCheck.check(plan).stream().filter(x -> x.kind() == kind).toList();
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
