package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeMatch;
import it.traguardi.core.plan.NodeMatching;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report of a replacement, as the preview and the import show it: what happened to each node
 * that did not stay as it was, and what was recorded for the stored nodes the new plan does not keep.
 */
class ReplacementTest {

    private static final Plan STORED = SamplePlans.sample();
    private static final Messages ITALIAN = Messages.forLanguage("it");

    private static PlanNode stored(int id) {
        return PlanEdits.node(STORED, new NodeId(id));
    }

    private static Indicator indicator(int id, String code, String title) {
        return new Indicator(new NodeId(id), code, title, Weight.ZERO, ((Indicator) stored(5)).definition());
    }

    // #1 kept, #2 moved, #3 renamed (its code corrected), #5 alike only by place to a new #15,
    // #16 new, #14 and #12 gone
    private static final NodeMatch KEPT = new NodeMatch.Kept(stored(1), stored(1), false);
    private static final NodeMatch MOVED = new NodeMatch.Kept(stored(2), stored(2), true);
    private static final NodeMatch RENAMED = new NodeMatch.Renamed(stored(3), indicator(3, "11.9", "Imprese assistite"),
            NodeMatch.Basis.CODE, false);
    private static final NodeMatch UNCERTAIN = new NodeMatch.Uncertain(stored(5), indicator(15, "X.1", "Altro indicatore"));
    private static final NodeMatch ADDED = new NodeMatch.Added(indicator(16, "", "Indicatore nuovo"));
    private static final NodeMatch GONE = new NodeMatch.Gone(stored(14));
    private static final NodeMatch GONE_EMPTY = new NodeMatch.Gone(stored(12));

    /** #3 has 4 values (it stays), #5 a value and a comment, #14 a value, #12 nothing. */
    private static Replacement replacement(List<NodeMatch> matches) {
        return new Replacement(new NodeMatching(STORED, matches), 3,
                Map.of(new NodeId(3), 4, new NodeId(5), 1, new NodeId(14), 1), Map.of(new NodeId(5), 1));
    }

    private static final Replacement EVERY_OUTCOME =
            replacement(List.of(KEPT, MOVED, RENAMED, UNCERTAIN, ADDED, GONE, GONE_EMPTY));

    @Test
    void records_are_counted_per_stored_node_and_a_node_without_any_has_none() {
        assertThat(EVERY_OUTCOME.valuesOf(stored(3))).isEqualTo(4);
        assertThat(EVERY_OUTCOME.commentsOf(stored(5))).isEqualTo(1);
        assertThat(EVERY_OUTCOME.valuesOf(stored(12))).isZero();
        assertThat(EVERY_OUTCOME.commentsOf(stored(14))).isZero();
    }

    @Test
    void what_stays_behind_is_what_the_gone_and_the_uncertain_nodes_had() {
        // #5 (a value and a comment) and #14 (a value); #3 is renamed, so its 4 values stay with it
        assertThat(EVERY_OUTCOME.detachedValues()).isEqualTo(2);
        assertThat(EVERY_OUTCOME.detachedComments()).isEqualTo(1);
        // #12 is gone too, but had nothing recorded
        assertThat(EVERY_OUTCOME.detachedNodesWithRecords()).isEqualTo(2);
        assertThat(EVERY_OUTCOME.detachedSummary(ITALIAN)).isEqualTo(
                "2 valori e 1 commento di 2 nodi non più nel piano: tutto resta consultabile, senza passare ad altri nodi.");
    }

    @Test
    void when_nothing_recorded_is_left_behind_the_report_says_so() {
        var replacement = replacement(List.of(KEPT, RENAMED, ADDED, GONE_EMPTY));

        assertThat(replacement.detachedNodesWithRecords()).isZero();
        assertThat(replacement.detachedSummary(ITALIAN)).isEqualTo("Nessun valore o commento resta senza il suo nodo.");
    }

    @Test
    void the_summary_counts_every_outcome() {
        assertThat(EVERY_OUTCOME.summary(ITALIAN)).isEqualTo("Confronto con il piano registrato: 1 nodo invariato,"
                + " 1 spostato, 1 rinominato, 1 incerto, 1 nuovo, 2 eliminati.");
    }

    @Test
    void every_node_that_did_not_stay_as_it_was_is_a_change_with_what_a_person_should_know() {
        assertThat(EVERY_OUTCOME.changes(ITALIAN)).extracting(Replacement.Change::outcome, Replacement.Change::label,
                Replacement.Change::detail).containsExactly(
                        tuple(NodeMatch.Outcome.MOVED, "11 - Sostenere la digitalizzazione", ""),
                        tuple(NodeMatch.Outcome.RENAMED, "11.9 - Imprese assistite",
                                "riconosciuto dal codice, era «11.1 - Imprese assistite»"),
                        tuple(NodeMatch.Outcome.UNCERTAIN, "X.1 - Altro indicatore",
                                "simile solo per posizione a «Indicatore senza codice»: i suoi valori non vengono"
                                        + " trasferiti (1 valore, 1 commento)"),
                        tuple(NodeMatch.Outcome.NEW, "Indicatore nuovo", ""),
                        tuple(NodeMatch.Outcome.GONE, "82B3.1 - Proventi", "1 valore, nessun commento"),
                        tuple(NodeMatch.Outcome.GONE, "EC27 - Nessun valore", "nessun valore, nessun commento"));
    }

    @Test
    void a_change_names_the_stored_node_unless_new_and_the_incoming_one_unless_gone() {
        var changes = EVERY_OUTCOME.changes(ITALIAN);

        assertThat(changes).extracting(Replacement.Change::stored).containsExactly(Optional.of(stored(2)),
                Optional.of(stored(3)), Optional.of(stored(5)), Optional.empty(), Optional.of(stored(14)),
                Optional.of(stored(12)));
        assertThat(changes).extracting(Replacement.Change::incoming).containsExactly(Optional.of(stored(2)),
                Optional.of(indicator(3, "11.9", "Imprese assistite")), Optional.of(indicator(15, "X.1", "Altro indicatore")),
                Optional.of(indicator(16, "", "Indicatore nuovo")), Optional.empty(), Optional.empty());
        var kept = new Replacement.Change(KEPT, stored(1).label(), "");
        assertThat(kept.stored()).contains(stored(1));
        assertThat(kept.incoming()).contains(stored(1));
    }

    @Test
    void a_replacement_is_of_a_stored_version_from_1_and_a_change_of_a_match() {
        assertThat(replacement(List.of(KEPT)).storedVersion()).isEqualTo(3);
        assertThat(new Replacement(new NodeMatching(STORED, List.of(KEPT)), 1, Map.of(), Map.of()).storedVersion())
                .isEqualTo(1);
        assertThatThrownBy(() -> new Replacement(new NodeMatching(STORED, List.of(KEPT)), 0, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Replacement(null, 1, Map.of(), Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Replacement.Change(null, "", "")).isInstanceOf(NullPointerException.class);
    }
}
