package it.traguardi.web.plan;

import it.traguardi.web.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.measure.ValueEntry;
import it.traguardi.store.ValueStore;
import it.traguardi.web.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Il cruscotto on the home page: for the newest plan of each entity, its overall score with what it
 * stands on, each area's score and the indicators at risk. Values are recorded straight in the
 * store, as the command line does, so the page must notice them by the plan's stamp alone.
 */
class HomePageDashboardTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    @Test
    void the_dashboard_shows_the_plan_its_areas_and_no_indicator_at_risk_before_any_value() throws Exception {
        var dashboard = dashboard();

        assertThat(dashboard).contains("<h2 id=\"cruscotto\">Cosa fare adesso</h2>");
        assertThat(dashboard).contains("<a href=\"/piani/Modena/2022\">Piano Modena 2022</a>");
        assertThat(dashboard).contains("Grado di raggiungimento complessivo:");
        // no value yet: nothing measured, so nothing can be at risk
        assertThat(dashboard).contains("<strong>non ancora calcolato</strong>");
        assertThat(dashboard).contains("nessun indicatore misurato su 88, 0,00% del peso");
        // the seed's three areas, in the plan's order, none scored yet
        assertThat(dashboard).containsSubsequence(
                "<li><a href=\"/piani/Modena/2022/ambiti/1\">1 - Competitività delle imprese</a>: N/D</li>",
                "<li><a href=\"/piani/Modena/2022/ambiti/40\">403 - Competitività del territorio</a>: N/D</li>",
                "<li><a href=\"/piani/Modena/2022/ambiti/85\">1 - Competitività dell'Ente</a>: N/D</li>");
        assertThat(dashboard).contains("Nessun indicatore a rischio");
        assertThat(dashboard).doesNotContain("aRischio");
        assertThat(dashboard).contains("Nessun valore registrato.");
    }

    @Test
    void the_latest_values_recorded_are_listed_newest_first_with_period_time_and_author() throws Exception {
        record("D1.1_2", "2022", "300");
        record("301.51", "2022-06-30", "700");

        var dashboard = dashboard();

        // the indicator's value links to its page; a measure has no page of its own
        assertThat(dashboard).containsPattern("<li><a href=\"/piani/Modena/2022/indicatori/\\d+\">[^<]*301\\.51[^<]*</a>: "
                + "700 N\\. \\(Monitoraggio al 30-06-2022\\), registrato il \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d da collaudo</li>");
        assertThat(dashboard).containsPattern("<li>D1\\.1_2: 300 N\\. \\(Consuntivo finale 2022\\), registrato il [^<]* da collaudo</li>");
        assertThat(dashboard.indexOf("700 N. (")).isLessThan(dashboard.indexOf("300 N. ("));
    }

    @Test
    void the_values_waiting_for_the_next_monitoring_are_counted_and_a_value_recorded_there_is_one_less() throws Exception {
        var before = waiting(dashboard());

        // the seed's plan is of 2022: its 30 June has passed, so its year-end is what waits
        assertThat(before.group(1)).isEqualTo("Consuntivo finale 2022, scadenza 31-12-2022");
        // a measure of the formula of 301.51: one row of the entry page
        record("D1.1_2", "2022", "300");
        var after = waiting(dashboard());
        // a value of another period does not count for the year-end
        record("D1.1_1", "2022-06-30", "700");
        var afterJune = waiting(dashboard());

        assertThat(Integer.parseInt(after.group(2))).isEqualTo(Integer.parseInt(before.group(2)) - 1);
        assertThat(after.group(3)).isEqualTo(before.group(3));
        assertThat(afterJune.group(2)).isEqualTo(after.group(2));
        assertThat(dashboard()).contains("<a class=\"dashboard-entry\" href=\"/piani/Modena/2022/valori?periodo=2022\">"
                + "Inserisci i valori: Consuntivo finale 2022, piano Modena 2022</a>");
    }

    @Test
    void a_value_below_its_target_puts_its_indicator_at_risk_with_a_link() throws Exception {
        record("301.51", "2022", "500");

        var dashboard = dashboard();

        assertThat(dashboard).contains("1 indicatore a rischio");
        assertThat(dashboard).contains("<a href=\"/piani/Modena/2022?aRischio=1\">");
        // 500 of a target of at least 1.000
        assertThat(dashboard).containsPattern("<li><a href=\"/piani/Modena/2022/indicatori/\\d+\">[^<]*301\\.51[^<]*</a>: 50,00%</li>");
    }

    private void record(String code, String period, String value) {
        var values = new ValueStore(server.database().dataSource());
        var plan = server.store().load("Modena", 2022).orElseThrow();
        var record = values.entry(plan, TestActors.TESTER).read(code, period, value, "prova", new ArrayList<ValueEntry.FieldProblem>())
                .orElseThrow();
        values.record("Modena", 2022, List.of(record), TestActors.TESTER);
    }

    /** The line of the values waiting: the period and deadline, the values missing, the values asked. */
    private static java.util.regex.Matcher waiting(String dashboard) {
        var matcher = java.util.regex.Pattern.compile("<h4 class=\"h6\">([^<]*): (\\d+) valori mancanti su (\\d+)</h4>")
                .matcher(dashboard);
        assertThat(matcher.find()).as(dashboard).isTrue();
        return matcher;
    }

    /** The dashboard section of the home page as it is now. */
    private String dashboard() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).GET().build();
        var body = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        int start = body.indexOf("<section aria-labelledby=\"cruscotto\">");
        assertThat(start).as(body).isNotNegative();
        return body.substring(start, body.indexOf("</section>", start));
    }
}
