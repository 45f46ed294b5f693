package it.traguardi.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The targets as written beside what was understood: kept while they read as their target, never stale. */
class IndicatorDefinitionTest {

    private static IndicatorDefinition definition(Map<Integer, String> targets, Map<Integer, String> written) {
        var t = new TreeMap<Integer, Target>();
        targets.forEach((year, text) -> t.put(year, ItalianFormat.parseTarget(text)));
        return new IndicatorDefinition("misura", Unit.PERCENT, new TreeMap<Integer, Value>(), t, "", "", "",
                new TreeMap<>(written));
    }

    @Test
    void a_target_written_in_words_is_kept_beside_its_reading_and_exported_as_written() {
        var d = definition(Map.of(2022, "almeno 90%", 2023, "≥ 95 %"), Map.of(2022, "almeno 90%"));

        assertThat(d.writtenTarget(2022)).contains("almeno 90%");
        assertThat(d.writtenTarget(2023)).isEmpty();
        assertThat(d.targetWritings()).containsExactly(Map.entry(2022, "almeno 90%"), Map.entry(2023, "≥ 95 %"));
        assertThat(ItalianFormat.format(d.targets().get(2022))).isEqualTo("≥ 90 %");
    }

    @Test
    void a_written_text_is_kept_with_its_spaces_normalised_as_the_reader_normalises_them() {
        // U+00A0 and a run of spaces become one space, as TargetReading.text() has them
        var d = definition(Map.of(2022, "non superiore al 5%"), Map.of(2022, "  non\u00A0superiore   al 5%"));

        assertThat(d.writtenTarget(2022)).contains("non superiore al 5%");
    }

    @Test
    void the_file_form_of_the_target_is_not_kept_twice() {
        var d = definition(Map.of(2022, ">= 90 %"), Map.of(2022, ">= 90 %"));

        assertThat(d.writtenTargets()).isEmpty();
        assertThat(d.targetWritings()).containsExactly(Map.entry(2022, ">= 90 %"));
    }

    @Test
    void a_text_that_no_longer_reads_as_its_target_is_dropped() {
        // the target of 2022 became 95%: "almeno 90%" would be a stale text beside it
        var d = definition(Map.of(2022, "≥ 95 %"), Map.of(2022, "almeno 90%", 2023, "entro il 30 giugno 2023"));

        assertThat(d.writtenTargets()).isEmpty();
        assertThat(d.targetWritings()).containsExactly(Map.entry(2022, "≥ 95 %"));
    }

    @Test
    void changing_the_targets_through_a_new_definition_drops_the_texts_of_the_changed_years_only() {
        var before = definition(Map.of(2022, "almeno 90%", 2023, "entro il 30 giugno 2023"),
                Map.of(2022, "almeno 90%", 2023, "entro il 30 giugno 2023"));
        var targets = new TreeMap<>(before.targets());
        targets.put(2022, ItalianFormat.parseTarget("≥ 92 %"));

        var after = new IndicatorDefinition(before.algorithm(), before.unit(), before.baselines(), targets,
                before.dataSource(), before.owner(), before.formula(), before.writtenTargets());

        assertThat(after.writtenTargets()).containsExactly(Map.entry(2023, "entro il 30 giugno 2023"));
        assertThat(after.targetWritings()).containsExactly(Map.entry(2022, "≥ 92 %"),
                Map.entry(2023, "entro il 30 giugno 2023"));
    }

    @Test
    void the_formula_and_the_written_texts_travel_together() {
        var d = definition(Map.of(2022, "almeno 90%"), Map.of(2022, "almeno 90%")).withFormula("A / B");

        assertThat(d.formula()).isEqualTo("A / B");
        assertThat(d.writtenTarget(2022)).contains("almeno 90%");
        assertThat(d.withWrittenTargets(Map.of()).writtenTargets()).isEmpty();
    }

    @Test
    void a_written_text_longer_than_a_target_cell_is_refused() {
        assertThatThrownBy(() -> definition(Map.of(2022, "almeno 90%"), Map.of(2022, "almeno 90%" + " ".repeat(200))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
