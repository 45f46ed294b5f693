package it.traguardi.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckJsonTest {

    private static final Messages IT = Messages.forLanguage("it");

    private static JsonNode parse(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void each_finding_is_written_with_its_kind_severity_title_message_and_nodes() throws Exception {
        var plan = SmallPlan.read();
        // the three algorithms ("N. pratiche", ...) name no measure code, so no formula is derived from them
        var text = CheckJson.write(plan, PlanCheck.check(plan), IT);
        var json = parse(text);

        assertThat(text).endsWith("}\n");
        assertThat(json.get("entity").asText()).isEqualTo("Prova");
        assertThat(json.get("year").asInt()).isEqualTo(2022);
        assertThat(json.get("findings")).extracting(f -> f.get("nodes").get(0).get("code").asText())
                .containsExactly("11.1", "11.2", "11.3.1");
        assertThat(json.get("findings").get(0)).isEqualTo(parse("""
                {"kind": "ALGORITHM_UNREADABLE", "severity": "INFO", "title": "Algoritmi senza formula leggibile",
                 "message": "«11.1 - Pratiche»: dall'algoritmo non si ricava una formula (il testo non finisce con codici\
                 di misura riconoscibili: la formula va scritta da una persona)",
                 "nodes": [{"id": 3, "kind": "INDICATOR", "code": "11.1", "title": "Pratiche"}]}
                """));
    }

    @Test
    void a_finding_lists_its_nodes_in_order_leaving_out_any_no_longer_in_the_plan() throws Exception {
        var plan = SmallPlan.read();
        var finding = new Finding(FindingKind.DUPLICATE_CODE, List.of(new NodeId(6), new NodeId(99), new NodeId(2)),
                Message.of("check.duplicate_code", "11", 2, Message.of("node.kind.strategic_objective")));

        var json = CheckJson.document(plan, List.of(finding), IT);

        assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("WARNING");
        assertThat(json.get("findings").get(0).get("nodes")).extracting(n -> n.get("id").asInt() + " "
                + n.get("kind").asText() + " " + n.get("title").asText())
                .containsExactly("6 INDICATOR Progetti avviati", "2 STRATEGIC_OBJECTIVE Export");
    }
}
