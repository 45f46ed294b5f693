package it.traguardi.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.Scoring;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.ItalianFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreJsonTest {

    private String text;
    private JsonNode root;

    /**
     * 11.1 has 8 of at least 10 (80%), 11.2 no value (N/D, left out), 11.3.1 has 5 of at least 5
     * (100%): the indicators group is 80%, the operational group 100%, the OS 60% x 80 + 40% x 100 = 88%,
     * and so the area and the entity.
     */
    @BeforeEach
    void score() throws Exception {
        var plan = SmallPlan.read();
        var actuals = Map.of(new NodeId(3), ItalianFormat.parseValue("8 N."), new NodeId(6), ItalianFormat.parseValue("5 N."));
        var tree = Scoring.score(plan, 2022, actuals, ScoringPolicy.defaults(), PolicyOverrides.none());
        text = ScoreJson.write(plan, Period.parse("2022"), tree, actuals, Messages.forLanguage("it"));
        root = new ObjectMapper().readTree(text);
    }

    @Test
    void the_document_names_the_plan_and_the_period_and_ends_with_a_line_break() {
        assertThat(root.get("entity").asText()).isEqualTo("Prova");
        assertThat(root.get("year").asInt()).isEqualTo(2022);
        assertThat(root.get("period").asText()).isEqualTo("2022");
        assertThat(text).endsWith("}\n").contains("\n  \"entity\"");
    }

    @Test
    void the_root_is_the_entity_without_id_code_or_weight() {
        var entity = root.get("root");
        assertThat(entity.get("kind").asText()).isEqualTo("ENTITY");
        assertThat(entity.get("title").asText()).isEqualTo("Prova");
        assertThat(entity.get("id").isNull()).isTrue();
        assertThat(entity.get("code").isNull()).isTrue();
        assertThat(entity.get("weight").isNull()).isTrue();
        assertThat(entity.get("achievement").decimalValue()).isEqualByComparingTo("88");
        assertThat(entity.get("status").asText()).isEqualTo("PARTLY_ACHIEVED");
        assertThat(entity.get("reason").isNull()).isTrue();
        assertThat(entity.get("children")).hasSize(1);
    }

    @Test
    void the_entitys_explanation_lists_the_area_with_its_contribution() {
        var contributions = root.get("root").get("explanation").get("contributions");
        assertThat(contributions).hasSize(1);
        var area = contributions.get(0);
        assertThat(area.get("part").asText()).isEqualTo("NODE");
        assertThat(area.get("id").asInt()).isEqualTo(1);
        assertThat(area.get("label").asText()).isEqualTo("1 - Imprese");
        assertThat(area.get("weight").decimalValue()).isEqualByComparingTo("100");
        assertThat(area.get("effectiveWeight").decimalValue()).isEqualByComparingTo("100");
        assertThat(area.get("achievement").decimalValue()).isEqualByComparingTo("88");
        assertThat(area.get("contribution").decimalValue()).isEqualByComparingTo("88");
        assertThat(area.get("countedAsZero").asBoolean()).isFalse();
        assertThat(root.get("root").get("explanation").get("exclusions")).isEmpty();
    }

    @Test
    void a_strategic_objective_is_explained_by_its_two_groups_and_their_members() {
        var os = root.get("root").get("children").get(0).get("children").get(0);
        assertThat(os.get("kind").asText()).isEqualTo("STRATEGIC_OBJECTIVE");
        assertThat(os.get("code").asText() + " " + os.get("title").asText()).isEqualTo("11 Export");
        var groups = os.get("explanation").get("contributions");
        assertThat(groups).extracting(g -> g.get("part").asText() + " " + g.get("group").asText()
                + " " + g.get("effectiveWeight").decimalValue().stripTrailingZeros().toPlainString()
                + " " + g.get("contribution").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("GROUP INDICATORS 60 48", "GROUP OPERATIONAL_OBJECTIVES 40 40");
        var indicators = groups.get(0).get("members");
        assertThat(indicators.get("contributions")).extracting(c -> c.get("label").asText())
                .containsExactly("11.1 - Pratiche");
        assertThat(indicators.get("exclusions")).singleElement().satisfies(e -> {
            assertThat(e.get("part").asText()).isEqualTo("NODE");
            assertThat(e.get("id").asInt()).isEqualTo(4);
            assertThat(e.get("label").asText()).isEqualTo("11.2 - Fiere");
            assertThat(e.get("weight").decimalValue()).isEqualByComparingTo("50");
            assertThat(e.get("reason").asText()).isEqualTo("N/D: escluso, pesi degli altri elementi riproporzionati");
        });
    }

    @Test
    void an_indicator_carries_its_target_and_actual_as_text_and_an_empty_explanation() {
        var os = root.get("root").get("children").get(0).get("children").get(0);
        var pratiche = os.get("children").get(0);
        assertThat(pratiche.get("kind").asText()).isEqualTo("INDICATOR");
        assertThat(pratiche.get("id").asInt()).isEqualTo(3);
        assertThat(pratiche.get("weight").decimalValue()).isEqualByComparingTo("50");
        assertThat(pratiche.get("achievement").decimalValue()).isEqualByComparingTo("80");
        assertThat(pratiche.get("status").asText()).isEqualTo("PARTLY_ACHIEVED");
        assertThat(pratiche.get("target").asText()).isEqualTo("≥ 10 N.");
        assertThat(pratiche.get("actual").asText()).isEqualTo("8 N.");
        assertThat(pratiche.get("explanation").get("contributions")).isEmpty();
        assertThat(pratiche.get("children")).isEmpty();
    }

    @Test
    void an_indicator_without_a_value_is_not_available_with_the_reason_in_italian() {
        var os = root.get("root").get("children").get(0).get("children").get(0);
        var fiere = os.get("children").get(1);
        assertThat(fiere.get("title").asText()).isEqualTo("Fiere");
        assertThat(fiere.get("achievement").isNull()).isTrue();
        assertThat(fiere.get("status").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(fiere.get("reason").asText()).isEqualTo("N/D: valore consuntivo non disponibile");
        assertThat(fiere.get("actual").asText()).isEqualTo("N/D");
    }
}
