package it.traguardi.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.store.PolicyStore;
import it.traguardi.store.ValueStore;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plan-tree page is rendered once and sent again from memory ({@link RenderedTrees}), yet never
 * stale: every change below is made straight in the stores, as another node or the command line
 * would, so nothing in this server is told of it; the next request shows it.
 */
class TreePageRevisionTest {

    private static final String TREE = "/piani/Modena/2022";
    private static final Pattern HEADLINE = Pattern.compile("id=\"headline\">.*?<strong>(.*?)</strong>",
            Pattern.DOTALL);
    private static final Pattern COOKIE = Pattern.compile("traguardi_csrf=([0-9a-f]+)");

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    @Test
    void every_change_of_values_or_rules_shows_at_the_next_request_even_when_set_back() throws Exception {
        var none = headline(server.get(TREE));
        record("2022", "500");
        var oneValue = headline(server.get(TREE));
        record("2022-06-30", "2000");
        var afterJune = headline(server.get(TREE));
        record("2022", "750");
        var corrected = headline(server.get(TREE));
        rules(MissingPolicy.COUNT_AS_ZERO);
        var countAsZero = headline(server.get(TREE));
        rules(ScoringPolicy.defaults().missing());
        var setBack = headline(server.get(TREE));

        assertThat(none).isEqualTo("N/D");
        assertThat(oneValue).isEqualTo("50,00%");
        assertThat(afterJune).isEqualTo("50,00%");
        assertThat(corrected).isEqualTo("75,00%");
        assertThat(countAsZero).isEqualTo("3,96%");
        // the rules as they were before: the page of the same revision, with the last value, not an older one
        assertThat(setBack).isEqualTo("75,00%");
    }

    @Test
    void the_same_page_asked_again_is_not_modified_until_a_value_changes_it() throws Exception {
        var first = server.get(TREE);
        var token = token(first);
        var cookie = "traguardi_csrf=" + token;
        var again = server.get(TREE, "Cookie", cookie);
        var etag = again.headers().firstValue("ETag").orElseThrow();
        var unchanged = server.get(TREE, "Cookie", cookie, "If-None-Match", etag);
        record("2022", "500");
        var changed = server.get(TREE, "Cookie", cookie, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("<meta name=\"csrf-token\" content=\"" + token + "\">");
        assertThat(again.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(headline(changed)).isEqualTo("50,00%");
    }

    @Test
    void each_request_gets_its_own_token_and_language_in_the_page_held() throws Exception {
        var one = server.get(TREE);
        var other = server.get(TREE);
        var english = server.get(TREE + "?lang=en");

        assertThat(token(one)).isNotEqualTo(token(other));
        assertThat(one.body()).contains("content=\"" + token(one) + "\"").doesNotContain(token(other));
        assertThat(other.body()).contains("content=\"" + token(other) + "\"");
        assertThat(one.headers().firstValue("ETag")).isNotEqualTo(other.headers().firstValue("ETag"));
        assertThat(one.body()).contains("<html lang=\"it\">");
        assertThat(english.body()).contains("<html lang=\"en\">");
        assertThat(server.get("/piani/Modena/2031").statusCode()).isEqualTo(404);
    }

    private static String token(HttpResponse<String> response) {
        var matcher = COOKIE.matcher(response.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String headline(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        var matcher = HEADLINE.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return matcher.group(1).replaceAll("<[^>]*>", "").strip();
    }

    private void rules(MissingPolicy missing) {
        new PolicyStore(server.database().dataSource()).save("Modena", 2022,
                new PlanPolicy(ScoringPolicy.defaults().withMissing(missing), PolicyOverrides.none()), TestActors.TESTER);
    }

    private void record(String period, String value) {
        var values = new ValueStore(server.database().dataSource());
        var problems = new ArrayList<ValueEntry.FieldProblem>();
        var plan = server.store().load("Modena", 2022).orElseThrow();
        var record = values.entry(plan, TestActors.TESTER).read("301.51", period, value, "prova", problems).orElseThrow();
        values.record("Modena", 2022, List.of(record), TestActors.TESTER);
    }
}
