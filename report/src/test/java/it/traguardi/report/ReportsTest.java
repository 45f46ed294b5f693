package it.traguardi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.score.Status;
import it.traguardi.core.score.Subject;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Fact;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.RowKind;
import it.traguardi.report.model.ReportSection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report model of the seed with values: what each report says, before any format. */
class ReportsTest {

    private static final Messages IT = new Messages(Messages.ITALIAN);
    private static final ReportSource SOURCE = SeedSource.withValues();

    @Test
    void the_alberatura_has_a_row_per_node_and_group_of_the_plan_and_no_scores() {
        var report = Reports.build(ReportKind.ALBERATURA, SOURCE, IT);
        var rows = report.sections().getFirst().rows();
        var plan = SOURCE.plan();
        // Every node, plus the two group rows (Indicatori, Obiettivi operativi) of every strategic objective.
        assertThat(rows).hasSize(plan.nodes().size() + 2 * (int) plan.strategicObjectives().count());
        assertThat(report.facts()).isEmpty();
        assertThat(report.sections().getFirst().columns()).extracting(c -> c.key())
                .containsSequence("baseline" + plan.baselineYears().getFirst())
                .contains("target" + plan.targetYears().getLast());
        assertThat(report.title()).isEqualTo("Alberatura della pianificazione - Modena 2022");
    }

    @Test
    void the_relazione_counts_indicators_by_outcome_and_says_what_the_score_stands_on() {
        var report = Reports.build(ReportKind.RELAZIONE, SOURCE, IT);
        var scored = SOURCE.tree().nodes().stream()
                .filter(n -> n.subject() instanceof Subject.Node s && s.node() instanceof Indicator)
                .filter(n -> n.status() != Status.MONITORING_ONLY).toList();
        // 88 indicators count in the seed (those with a weight); 74 have a baseline, so an actual here.
        assertThat(scored).hasSize(88);
        assertThat(fact(report, "coverage").value().shown()).isEqualTo("74 indicatori misurati su 88, 87,23% del peso");
        // The seed's latest baselines against its 2022 targets: 68 met, 3 in part, 3 not, 14 N/D; 88 in all.
        assertThat(count(report, "achieved")).isEqualTo(68);
        assertThat(count(report, "partly")).isEqualTo(3);
        assertThat(count(report, "notAchieved")).isEqualTo(3);
        assertThat(count(report, "notAvailable")).isEqualTo(14);
        assertThat(count(report, "achieved") + count(report, "partly") + count(report, "notAchieved")
                + count(report, "notAvailable")).isEqualTo(scored.size());
        assertThat(fact(report, "overall").value()).isEqualTo(new Cell.Amount(new BigDecimal("97.93"),
                it.traguardi.core.value.Unit.PERCENT));
    }

    @Test
    void the_relazione_charts_every_area_and_strategic_objective_and_says_each_bar_in_words() {
        var report = Reports.build(ReportKind.RELAZIONE, SOURCE, IT);
        var areas = report.charts().get(0);
        assertThat(areas.bars()).hasSize(SOURCE.plan().areas().size());
        assertThat(areas.bars().getFirst().label()).isEqualTo("1 - Competitività delle imprese");
        assertThat(areas.description()).contains("1 - Competitività delle imprese: " + areas.bars().getFirst().value().shown());
        assertThat(report.charts().get(1).bars()).hasSize((int) SOURCE.plan().strategicObjectives().count());
        var areaRows = report.sections().getFirst().rows();
        assertThat(areaRows.getFirst().kind()).isEqualTo(RowKind.ENTITY);
        assertThat(areaRows).hasSize(1 + SOURCE.plan().areas().size());
    }

    @Test
    void the_monitoraggio_gives_the_reason_of_every_deviation_and_none_for_what_is_achieved() {
        var report = Reports.build(ReportKind.MONITORAGGIO, SOURCE, IT);
        var rows = report.sections().getFirst().rows();
        // 31.D1.1.2: 54 N. against ≥ 80 N., 67,50%: not achieved, with the reason entered with its value.
        var missed = row(rows, "31.D1.1.2");
        assertThat(missed.cells().get(6).shown()).isEqualTo("67,50%");
        assertThat(missed.cells().get(7).shown()).isEqualTo("non raggiunto");
        assertThat(missed.cells().get(8).shown()).isEqualTo("Dato di consuntivo dal sistema di 31.D1.1.2");
        var met = row(rows, "31.D1.1.1");
        assertThat(met.cells().get(7).shown()).isEqualTo("raggiunto");
        assertThat(met.cells().get(8)).isEqualTo(Cell.BLANK);
        assertThat(rows.getFirst().kind()).isEqualTo(RowKind.ENTITY);
        assertThat(rows).hasSize(SOURCE.tree().nodes().size());
    }

    @Test
    void the_scheda_of_an_objective_has_its_indicators_their_history_with_corrections_and_the_comments() {
        var report = Reports.scheda(SOURCE, "301", IT);
        var indicators = section(report, "indicatori").rows();
        // 301 has two indicators of its own and three operational objectives with their indicators.
        assertThat(indicators).extracting(r -> r.cells().getFirst().shown()).startsWith("301.50", "301.51");
        var history = section(report, "storico").rows();
        assertThat(history).filteredOn(r -> r.cells().getFirst().shown().equals("301.50")).hasSize(2)
                .extracting(r -> r.cells().get(5).shown()).containsExactly("Dato di consuntivo dal sistema di 301.50",
                        "Rettifica dopo verifica");
        var comments = section(report, "commenti").rows();
        assertThat(comments).extracting(r -> r.cells().get(3).shown())
                .containsExactly("Obiettivo seguito dall'ufficio estero", "Valore in calo per la chiusura di due bandi");
        assertThat(fact(report, "objective").value().shown()).isEqualTo("301 - Internazionalizzazione");
    }

    @Test
    void a_scheda_of_an_objective_the_plan_does_not_have_is_refused_with_the_code() {
        assertThatThrownBy(() -> Reports.scheda(SOURCE, "999", IT)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(IT.render(e.problem())).isEqualTo("l'obiettivo 999 non è nel piano Modena 2022"));
        assertThatThrownBy(() -> Reports.scheda(SOURCE, "301.50", IT)).isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> Reports.build(ReportKind.SCHEDA, SOURCE, IT)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.problem().key()).isEqualTo("report.objective.required"));
    }

    @Test
    void a_report_in_english_has_english_words_and_the_same_figures() {
        var en = Reports.build(ReportKind.RELAZIONE, SOURCE, new Messages(Messages.ENGLISH));
        var it = Reports.build(ReportKind.RELAZIONE, SOURCE, IT);
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.title()).startsWith("Performance report");
        assertThat(fact(en, "overall").value()).isEqualTo(fact(it, "overall").value());
    }

    private static Fact fact(Report report, String key) {
        return report.facts().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static long count(Report report, String key) {
        return ((Cell.Count) fact(report, key).value()).count();
    }

    private static ReportSection section(Report report, String key) {
        return report.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static ReportRow row(List<ReportRow> rows, String code) {
        return rows.stream().filter(r -> r.cells().get(1).shown().equals(code)).findFirst().orElseThrow();
    }
}
