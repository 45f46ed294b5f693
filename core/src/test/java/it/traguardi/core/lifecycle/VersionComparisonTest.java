package it.traguardi.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Two versions compared by node identity, each changed field with its value in both. */
class VersionComparisonTest {

    private static Weight w(String percent) {
        return new Weight(new BigDecimal(percent));
    }

    private static Plan plan(String weight, String target, String secondTitle) {
        var targets = new TreeMap<Integer, it.traguardi.core.value.Target>(Map.of(2022, ItalianFormat.parseTarget(target)));
        var definition = new IndicatorDefinition("Numero imprese", Unit.COUNT, new TreeMap<>(), targets, "", "", "",
                new TreeMap<>());
        var indicators = new java.util.ArrayList<Indicator>(List.of(new Indicator(new NodeId(4), "1.1", "Imprese", w(weight), definition)));
        if (secondTitle != null) {
            indicators.add(new Indicator(new NodeId(5), "1.2", secondTitle, w("0"), definition));
        }
        var oo = new OperationalObjective(new NodeId(3), "OO1", "Sostegno", w("100"), indicators);
        var os = new StrategicObjective(new NodeId(2), "OS1", "Competitività", w("100"), w("0"), List.of(), w("100"), List.of(oo));
        return new Plan("Modena", 2022, List.of(), List.of(2022), List.of(new StrategicArea(new NodeId(1), "A", "Imprese", w("100"), List.of(os))));
    }

    @Test
    void weights_targets_and_added_nodes_each_show_their_fields_in_both_versions() {
        var changes = VersionComparison.between(plan("100", "≥ 10 N.", null), plan("90", "≥ 12 N.", "Nuovo"));

        assertThat(changes).extracting(VersionComparison.Change::kind).containsExactly(
                ChangeKind.WEIGHT_CHANGED, ChangeKind.TARGET_CHANGED, ChangeKind.NODE_ADDED);
        assertThat(changes.get(0).fields()).containsExactly(new VersionComparison.Field("peso", "100,00%", "90,00%"));
        assertThat(changes.get(1).fields()).containsExactly(new VersionComparison.Field("2022", "≥ 10 N.", "≥ 12 N."));
        assertThat(changes.get(2).node()).isEqualTo(new NodeId(5));
        assertThat(changes.get(2).fields()).contains(new VersionComparison.Field("titolo", "", "Nuovo"));
        assertThat(VersionComparison.between(plan("100", "≥ 10 N.", null), plan("100", "≥ 10 N.", null))).isEmpty();
    }

    @Test
    void compact_json_reads_back_what_it_wrote_with_escapes() {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("titolo", "Il \"nuovo\" piano\\bis\n\u0001");
        fields.put("peso", "33,34%");
        assertThat(CompactJson.fields(CompactJson.object(fields))).containsExactlyEntriesOf(fields);
        assertThat(CompactJson.fields("")).isEmpty();
    }
}
