package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Weight;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeDiffTest {

    @Test
    void the_changed_fields_of_a_node_are_told_with_old_and_new_value() throws Exception {
        var plan = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        var indicator = plan.indicators().findFirst().orElseThrow();
        var changed = PlanEdits.edit(plan, indicator.id(), indicator.code(), "Altro titolo", Weight.percent("40"));

        var changes = NodeDiff.between(plan, changed, List.of(indicator.id()), Messages.forLanguage("it"));

        assertThat(changes).extracting(FieldChange::text).containsExactly(
                "Titolo: " + indicator.title() + " → Altro titolo",
                "Peso: " + ItalianFormat.format(indicator.weight()) + " → 40,00%");
    }

    @Test
    void a_deleted_node_and_an_unchanged_one_are_told_apart() throws Exception {
        var plan = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        var indicator = plan.indicators().findFirst().orElseThrow();
        var other = plan.indicators().skip(1).findFirst().orElseThrow();

        var changes = NodeDiff.between(plan, PlanEdits.delete(plan, indicator.id()), List.of(indicator.id(), other.id()),
                Messages.forLanguage("it"));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("node");
            assertThat(c.after()).isEqualTo("eliminato");
        });
    }
}
