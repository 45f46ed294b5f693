package it.traguardi.exchange.alberatura;

import static it.traguardi.exchange.alberatura.Tsv.HEADER;
import static it.traguardi.exchange.alberatura.Tsv.TITLE;
import static it.traguardi.exchange.alberatura.Tsv.bare;
import static it.traguardi.exchange.alberatura.Tsv.indicator;
import static it.traguardi.exchange.alberatura.Tsv.years;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AlberaturaWriterTest {

    private static Plan read(String text) throws Exception {
        return AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
    }

    private static String roundTrip(String text) throws Exception {
        return AlberaturaWriter.write(read(text));
    }

    @Test
    void a_plan_in_the_writers_own_layout_is_written_back_cell_for_cell() throws Exception {
        // two sections: the first OS has its own indicators (baselines 2018, 2020, 2021), the second only an
        // OO's (2019, 2020, 2021), so each section's years come from a different kind of indicator
        var text = Tsv.text("", "", TITLE, "", HEADER, years("2018", "2020", "2021", "2022", "2023", "2024"),
                bare("60,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                indicator("100,00%", "11.1 - Fatturato export", "Valore esportazioni", "1.000 €", "1.100 €",
                        "1.200 €", "≥ 1.300 €", "≥ 1.400 €", "≥ 1.500 €"),
                bare("0,00%", "Obiettivi operativi"),
                "",
                TITLE, "", HEADER, years("2019", "2020", "2021", "2022", "2023", "2024"),
                bare("40,00%", "2 - Territorio"),
                bare("100,00%", "21 - Infrastrutture"),
                bare("0,00%", "Indicatori"),
                bare("100,00%", "Obiettivi operativi"),
                bare("100,00%", "21.1 - Progetti"),
                indicator("100,00%", "21.1.1 - Progetti avviati", "N. progetti", "3 N.", "4 N.", "5 N.",
                        "≥ 6 N.", "≥ 7 N.", "≥ 8 N."));

        assertThat(roundTrip(text)).isEqualTo(text);
    }

    @Test
    void a_section_always_names_three_baseline_years_even_when_an_indicator_lacks_one() throws Exception {
        // 2020 has no value, yet it is one of the section's years: the export must name it, or it
        // could not be read back (a header year cannot be blank)
        var text = Tsv.text("", "", TITLE, "", HEADER, years("2018", "2020", "2021", "2022", "2023", "2024"),
                bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                indicator("100,00%", "11.1 - Fatturato export", "Valore esportazioni", "1.000 €", "", "1.200 €",
                        "≥ 1.300 €", "≥ 1.400 €", "≥ 1.500 €"),
                bare("0,00%", "Obiettivi operativi"));

        assertThat(roundTrip(text)).isEqualTo(text);
    }

    @Test
    void an_objective_whose_indicators_use_some_of_the_sections_years_stays_in_that_section() throws Exception {
        var text = Tsv.text("", "", TITLE, "", HEADER, years("2019", "2020", "2021", "2022", "2023", "2024"),
                bare("100,00%", "1 - Imprese"),
                bare("50,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                indicator("100,00%", "11.1 - Fatturato export", "Valore esportazioni", "1.000 €", "1.100 €",
                        "1.200 €", "≥ 1.300 €", "≥ 1.400 €", "≥ 1.500 €"),
                bare("0,00%", "Obiettivi operativi"),
                bare("50,00%", "12 - Credito"),
                bare("100,00%", "Indicatori"),
                indicator("100,00%", "12.1 - Pratiche", "N. pratiche", "", "4 N.", "5 N.", "≥ 6 N.", "", ""),
                bare("0,00%", "Obiettivi operativi"));

        assertThat(roundTrip(text)).isEqualTo(text);
    }

    @Test
    void an_area_without_objectives_opens_a_section_with_the_plans_latest_three_years_of_each_kind() {
        var area = new StrategicArea(new NodeId(1), "1", "Imprese", Weight.FULL, List.of());
        var plan = new Plan("Prova", 2022, List.of(2017, 2018, 2019, 2020), List.of(2021, 2022, 2023, 2024),
                List.of(area));

        assertThat(AlberaturaWriter.write(plan)).isEqualTo(Tsv.text("", "", TITLE, "", HEADER,
                years("2018", "2019", "2020", "2022", "2023", "2024"), bare("100,00%", "1 - Imprese")));
    }

    /** One OS with one indicator, baselines 2018, 2020, 2021 and targets 2022-2024, as read from its file. */
    private static Plan onePlan() throws Exception {
        var text = Tsv.text("", "", TITLE, "", HEADER, years("2018", "2020", "2021", "2022", "2023", "2024"),
                bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                indicator("100,00%", "11.1 - Fatturato export", "Valore esportazioni", "1.000 €", "1.100 €",
                        "1.200 €", "≥ 1.300 €", "≥ 1.400 €", "≥ 1.500 €"),
                bare("0,00%", "Obiettivi operativi"));
        return read(text);
    }

    /** The plan with its one indicator's definition changed by {@code change}. */
    private static Plan changed(Plan plan, UnaryOperator<IndicatorDefinition> change) {
        var indicator = plan.indicators().findFirst().orElseThrow();
        return PlanEdits.define(plan, indicator.id(), change.apply(indicator.definition()));
    }

    @Test
    void a_plan_the_layout_cannot_hold_whole_is_refused_with_each_reason_not_written_without_them() throws Exception {
        var plan = onePlan();
        assertThat(AlberaturaWriter.unfit(plan)).isEmpty();
        var fourTargetYears = new Plan(plan.entity(), plan.year(), plan.baselineYears(), List.of(2022, 2023, 2024, 2025),
                plan.areas(), plan.lastIssuedId());
        var fourBaselineYears = changed(plan, d -> {
            var baselines = new TreeMap<>(d.baselines());
            baselines.put(2019, Value.MISSING);
            return new IndicatorDefinition(d.algorithm(), d.unit(), baselines, d.targets(),
                    d.dataSource(), d.owner(), d.formula());
        });
        var targetOutside = changed(plan, d -> {
            var targets = new TreeMap<>(d.targets());
            targets.put(1901, Target.MISSING);
            return new IndicatorDefinition(d.algorithm(), d.unit(), d.baselines(), targets,
                    d.dataSource(), d.owner(), d.formula());
        });

        assertThat(catchThrowableOfType(AlberaturaUnfitException.class,
                () -> AlberaturaWriter.write(fourTargetYears)).reasons())
                .containsExactly(Message.of("alberatura.unfit.target-year", "11.1 - Fatturato export",
                        2022, "2023, 2024, 2025"));
        assertThat(catchThrowableOfType(AlberaturaUnfitException.class,
                () -> AlberaturaWriter.write(fourBaselineYears)).reasons())
                .containsExactly(Message.of("alberatura.unfit.baseline-years", "11 - Export", 4,
                        "2018, 2019, 2020, 2021"));
        assertThat(catchThrowableOfType(AlberaturaUnfitException.class,
                () -> AlberaturaWriter.write(targetOutside)).reasons())
                .containsExactly(Message.of("alberatura.unfit.target-year", "11.1 - Fatturato export",
                        1901, "2022, 2023, 2024"));
    }
}
