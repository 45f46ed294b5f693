package it.traguardi.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Notation;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import it.traguardi.store.Stores;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Confronto tra enti over real HTTP on the roles' policy: three entities share the indicator ITP
 * (Tempestività dei pagamenti, ≤ 30 gg); the public sees the two published plans, a pianificatore of
 * the draft's entity sees it too, each with target, actual (entered, or computed by its formula)
 * and achievement; a query that cannot be read is refused field by field, on the page and the API.
 */
class ComparisonPagesTest {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSeed().withRolePolicy();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String plannerToken;

    @BeforeAll
    static void plans() {
        var stores = Stores.on(SERVER.database().dataSource());
        store(stores, plan("Ente Alfa", ""), 20, true);
        store(stores, plan("Ente Beta", ""), 45, false);
        store(stores, plan("Ente Gamma", "PAG - SCAD"), -1, true);
        // Gamma's indicator is computed: 38 - 10 = 28 days
        stores.values().record("Ente Gamma", 2025, List.of(measure("PAG", 38), measure("SCAD", 10)), TestActors.TESTER);
        var accounts = stores.accounts();
        var user = accounts.users().add("pianificatore.beta", "Pianificatore Beta", false, "parola segreta lunga",
                TestActors.TESTER);
        accounts.users().grant(user.id(), new Grant("Ente Beta", Role.PIANIFICATORE), TestActors.TESTER);
        plannerToken = accounts.tokens().create(user.id(), "confronto", 1, TestActors.TESTER);
    }

    private static Plan plan(String entity, String formula) {
        var target = new Target.AtMost(new Quantity(BigDecimal.valueOf(30), Unit.DAYS), Notation.SYMBOL);
        var definition = IndicatorDefinition.of("Giorni medi di pagamento", Unit.DAYS, Map.of(), Map.of(2025, target));
        var indicator = new Indicator(new NodeId(3), "ITP", "Tempestività dei pagamenti", Weight.percent("100"),
                formula.isEmpty() ? definition : definition.withFormula(formula));
        var objective = new StrategicObjective(new NodeId(2), "1.1", "Pagare in tempo", Weight.percent("100"),
                Weight.percent("100"), List.of(indicator), Weight.percent("0"), List.of());
        return new Plan(entity, 2025, List.of(), List.of(2025),
                List.of(new StrategicArea(new NodeId(1), "A1", "Bilancio", Weight.percent("100"), List.of(objective))));
    }

    private static void store(Stores stores, Plan plan, int days, boolean publish) {
        stores.plans().save(plan, false, TestActors.TESTER);
        if (days >= 0) {
            stores.values().record(plan.entity(), 2025, List.of(new ValueRecord(ValueTarget.indicator(new NodeId(3)),
                    Period.of(2025), Value.of(new Quantity(BigDecimal.valueOf(days), Unit.DAYS)),
                    Instant.parse("2026-01-15T09:00:00Z"), "tester", "ritardi di fine anno")), TestActors.TESTER);
        }
        if (publish) {
            var lifecycle = stores.plans().lifecycle();
            lifecycle.change(plan.entity(), 2025, new Transition.Approve(new ApprovingAct("7", LocalDate.of(2025, 1, 31))),
                    1, TestActors.TESTER);
            lifecycle.change(plan.entity(), 2025, new Transition.Publish(), 2, TestActors.TESTER);
        }
    }

    private static ValueRecord measure(String code, int days) {
        return new ValueRecord(ValueTarget.measure(code), Period.of(2025),
                Value.of(new Quantity(BigDecimal.valueOf(days), Unit.DAYS)), Instant.parse("2026-01-15T09:00:00Z"),
                "tester", "");
    }

    @Test
    void the_public_reads_the_indicator_of_every_published_plan_with_target_actual_and_achievement() throws Exception {
        var page = SERVER.get("/confronto-enti?anno=2025&codice=ITP");
        assertThat(page.statusCode()).isEqualTo(200);
        var html = page.body();
        assertThat(html).contains("<p id=\"compare-summary\" role=\"status\">2 enti hanno l'indicatore ITP al periodo 2025.</p>");
        assertThat(rows(html)).containsExactly(
                "Ente Alfa|Tempestività dei pagamenti|≤ 30 gg|20 gg|100,00%",
                "Ente Gamma|Tempestività dei pagamenti|≤ 30 gg|28 gg|100,00%");
        assertThat(html).contains("<a href=\"/piani/Ente%20Alfa/2025\">Ente Alfa</a>")
                .contains("<a href=\"/piani/Ente%20Gamma/2025/indicatori/3\">").doesNotContain("Ente Beta");
    }

    /** The cells of the table's rows, each row's texts joined by |. */
    private static List<String> rows(String html) {
        var body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return java.util.Arrays.stream(body.split("</tr>")).filter(r -> r.contains("<t"))
                .map(r -> java.util.Arrays.stream(r.replaceAll("<(th|td)[^>]*>", "\u0000").split("\u0000")).skip(1)
                        .map(c -> c.replaceAll("<[^>]+>", "").strip()).collect(java.util.stream.Collectors.joining("|")))
                .toList();
    }

    @Test
    void the_api_gives_the_same_rows_and_a_pianificatore_also_reads_the_draft_of_their_entity() throws Exception {
        var anonymous = JSON.readTree(SERVER.get("/api/v1/indicators/ITP/entities?year=2025").body());
        assertThat(anonymous.get("entities").findValuesAsText("entity")).containsExactly("Ente Alfa", "Ente Gamma");
        assertThat(anonymous.get("entities").get(1).get("actual").asText()).isEqualTo("28 gg");
        assertThat(anonymous.get("entities").get(1).get("achievement").decimalValue()).isEqualByComparingTo("100");
        var planner = SERVER.get("/api/v1/indicators/ITP/entities?year=2025", "Authorization", "Bearer " + plannerToken);
        var beta = JSON.readTree(planner.body()).get("entities");
        assertThat(beta.findValuesAsText("entity")).containsExactly("Ente Alfa", "Ente Beta", "Ente Gamma");
        assertThat(beta.get(1).get("actual").asText()).isEqualTo("45 gg");
        assertThat(beta.get(1).get("achievement").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(beta.get(1).get("href").asText()).isEqualTo("/piani/Ente%20Beta/2025/indicatori/3");
    }

    @Test
    void a_period_without_values_leaves_every_actual_n_d_and_an_unknown_code_matches_nothing() throws Exception {
        var june = JSON.readTree(SERVER.get("/api/v1/indicators/ITP/entities?year=2025&period=2025-06-30").body());
        assertThat(june.get("period").asText()).isEqualTo("2025-06-30");
        assertThat(june.get("entities").findValuesAsText("actual")).containsExactly("N/D", "N/D");
        assertThat(june.get("entities").get(0).get("achievement").isNull()).isTrue();
        var none = SERVER.get("/confronto-enti?anno=2025&codice=XYZ&lang=en").body();
        assertThat(none).contains("role=\"status\">No entity has the indicator XYZ at the period 2025.</p>")
                .contains("<h1>Comparison across entities</h1>").doesNotContain("<tbody>");
    }

    @Test
    void a_query_that_cannot_be_read_is_refused_field_by_field_on_the_page_and_in_the_api() throws Exception {
        var page = SERVER.get("/confronto-enti?anno=20x5&codice=&periodo=2024-06-30");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"anno-problem\">anno non valido: «20x5» (scrivere AAAA, tra 1900 e 2999)</div>")
                .contains("id=\"codice-problem\">indicare il codice dell'indicatore</div>");
        var period = SERVER.get("/confronto-enti?anno=2025&codice=ITP&periodo=2024-06-30");
        assertThat(period.statusCode()).isEqualTo(422);
        assertThat(period.body()).contains("id=\"periodo-problem\">il periodo 2024-06-30 non è nell'anno del piano 2025</div>");
        var api = SERVER.get("/api/v1/indicators/ITP/entities?year=1800");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(api.body()).get("detail").asText()).isEqualTo("year: anno non valido: «1800» (scrivere AAAA, tra 1900 e 2999)");
        // named as the API's parameter, not twice as the page's field
        var longCode = SERVER.get("/api/v1/indicators/" + "X".repeat(201) + "/entities?year=2025");
        assertThat(longCode.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(longCode.body()).get("detail").asText())
                .isEqualTo("code: codice: al massimo 200 caratteri, trovati 201");
        assertThat(SERVER.get("/confronto-enti").statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_pages_the_rows_by_entity_name_with_their_total_and_refuses_a_page_it_cannot_read() throws Exception {
        var first = JSON.readTree(SERVER.get("/api/v1/indicators/ITP/entities?year=2025").body());
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("limit").asInt()).isEqualTo(100);
        var bearer = "Bearer " + plannerToken;
        var second = JSON.readTree(SERVER.get("/api/v1/indicators/ITP/entities?year=2025&offset=1&limit=1",
                "Authorization", bearer).body());
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("entities").findValuesAsText("entity")).containsExactly("Ente Beta");
        assertThat(second.get("entities").get(0).get("actual").asText()).isEqualTo("45 gg");
        assertThat(second.get("entities").get(0).get("achievement").decimalValue()).isEqualByComparingTo("66.67");
        var third = JSON.readTree(SERVER.get("/api/v1/indicators/ITP/entities?year=2025&offset=2&limit=1000",
                "Authorization", bearer).body());
        assertThat(third.get("entities").findValuesAsText("entity")).containsExactly("Ente Gamma");
        assertThat(third.get("entities").get(0).get("actual").asText()).isEqualTo("28 gg");
        var past = JSON.readTree(SERVER.get("/api/v1/indicators/ITP/entities?year=2025&offset=5").body());
        assertThat(past.get("total").asInt()).isEqualTo(2);
        assertThat(past.get("entities").size()).isZero();
        var tooMany = SERVER.get("/api/v1/indicators/ITP/entities?year=2025&limit=10001");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).get("detail").asText())
                .isEqualTo("limit: «10001» non è un numero intero da 1 a 10000");
        var negative = SERVER.get("/api/v1/indicators/ITP/entities?year=2025&offset=-1&lang=en");
        assertThat(JSON.readTree(negative.body()).get("detail").asText())
                .isEqualTo("offset: «-1» is not a whole number from 0 to 2147483647");
    }

    @Test
    void the_page_links_to_the_previous_and_next_pages_only_when_the_rows_need_more_than_one() throws Exception {
        var italian = new Messages(Messages.ITALIAN);
        var pager = ComparisonPages.pager("/confronto-enti?anno=2025&codice=1.1.b&", 8000, 2, italian);
        assertThat(pager).isEqualTo(new ComparisonPage.Pager("Righe da 101 a 200 di 8.000.", "Pagina 2 di 80",
                "/confronto-enti?anno=2025&codice=1.1.b&pagina=1", "/confronto-enti?anno=2025&codice=1.1.b&pagina=3"));
        var last = ComparisonPages.pager("/confronto-enti?", 250, 3,
                new Messages(Messages.ENGLISH));
        assertThat(last).isEqualTo(new ComparisonPage.Pager("Rows 201 to 250 of 250.", "Page 3 of 3",
                "/confronto-enti?pagina=2", ""));
        assertThat(ComparisonPages.pager("/confronto-enti?", 100, 1, italian).shown()).isFalse();
        var page = SERVER.get("/confronto-enti?anno=2025&codice=ITP&pagina=7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(rows(page.body())).hasSize(2);
        assertThat(page.body()).doesNotContain("compare-pages")
                .contains("/api/v1/indicators/ITP/entities?year=2025&amp;period=2025&amp;offset=0&amp;limit=100");
    }
}
