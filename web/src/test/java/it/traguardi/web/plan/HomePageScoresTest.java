package it.traguardi.web.plan;

import it.traguardi.web.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PolicyStore;
import it.traguardi.store.ValueStore;
import it.traguardi.web.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The home page computes each plan's overall achievement once and shows it from memory: never
 * stale. Every change is made straight in the store, as the command line does from another
 * process, so nothing in the web application is told of it.
 */
class HomePageScoresTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ENTITY = "Modena";
    /** The achievement cell of the seed's row, after its count of indicators. */
    private static final Pattern ACHIEVEMENT = Pattern.compile(
            "Modena 2022\">2022</a></td>\\s*<td class=\"text-end\">\\d+</td>\\s*<td class=\"text-end\">(.*?)</td>",
            Pattern.DOTALL);
    /** The coverage cell of the seed's row. */
    private static final Pattern COVERAGE = Pattern.compile("<td class=\"coverage\">(.*?)</td>", Pattern.DOTALL);

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    private Database database;
    private PlanStore plans;

    @BeforeEach
    void connect() {
        database = server.database();
        plans = server.store();
    }

    @Test
    void the_overall_score_follows_every_change_of_values_rules_and_plan() throws Exception {
        // no value yet: N/D, as everywhere a result is missing, with why in its title
        assertThat(achievement()).as("no values yet").isEqualTo("<abbr title=\"non ancora calcolato\">N/D</abbr>");
        assertThat(achievement()).as("the same again, from memory").isEqualTo("<abbr title=\"non ancora calcolato\">N/D</abbr>");

        record("301.51", "2022", "500");
        var oneValue = achievement();
        var oneValueCoverage = coverage();
        record("301.51", "2022-06-30", "2000");
        var afterJune = achievement();
        record("301.51", "2022", "750");
        var corrected = achievement();
        new PolicyStore(database.dataSource()).save(ENTITY, 2022,
                new PlanPolicy(ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO), PolicyOverrides.none()), TestActors.TESTER);
        var countAsZero = achievement();
        var plan = plans.load(ENTITY, 2022).orElseThrow();
        var indicator = plan.indicators().filter(i -> i.code().equals("301.51")).findFirst().orElseThrow();
        plans.replace(PlanEdits.delete(plan, indicator.id()), plans.version(ENTITY, 2022).orElseThrow(), TestActors.TESTER);
        var deleted = achievement();

        // 500 of a target of at least 1.000: the only scored indicator, the others left out and rescaled
        assertThat(oneValue).isEqualTo("50,00%");
        // a 30 June value does not move the year-end score
        assertThat(afterJune).isEqualTo("50,00%");
        // the correction counts: 750 of 1.000
        assertThat(corrected).isEqualTo("75,00%");
        // the other 93 indicators count as 0: 75 % times the indicator's share of the plan
        assertThat(countAsZero).isEqualTo("3,96%");
        // what the score stands on: the one indicator, 5,28 % of the plan's weight, so provisional
        assertThat(oneValueCoverage).isEqualTo("1 indicatore misurato su 88, 5,28% del peso <span class=\"badge bg-warning text-dark\">provvisorio</span>");
        // without its one scored indicator the plan is all zeros under the same rule
        assertThat(deleted).isEqualTo("0,00%");
    }

    private void record(String code, String period, String value) {
        var values = new ValueStore(database.dataSource());
        var problems = new ArrayList<ValueEntry.FieldProblem>();
        var plan = plans.load(ENTITY, 2022).orElseThrow();
        var record = values.entry(plan, TestActors.TESTER).read(code, period, value, "prova", problems).orElseThrow();
        values.record(ENTITY, 2022, List.of(record), TestActors.TESTER);
    }

    private String coverage() throws Exception {
        return homeCell(COVERAGE);
    }

    private String achievement() throws Exception {
        return homeCell(ACHIEVEMENT);
    }

    /** What {@code cell} captures in the home page as it is now. */
    private String homeCell(Pattern cell) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).GET().build();
        var body = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        var matcher = cell.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1).strip();
    }
}
