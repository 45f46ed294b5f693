package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The values endpoints over real HTTP: latest, record (all or nothing), history, CSV preview; and
 * the upload page's confirm, which reads the same CSV.
 */
class ValuesApiTest extends ApiTestBase {

    private static final String VALUES = "/api/v1/plans/Modena/2022/values";

    private ApiClient.Answer post(String json) throws Exception {
        return api.send("POST", VALUES, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recorded_values_are_the_latest_of_their_period_and_keep_their_history() throws Exception {
        var answer = post("""
                [{"code": "D1.1_10", "period": "2022", "value": "700", "reason": "prima stima"},
                 {"code": "D1.1_10", "period": "2022-06-30", "value": 400, "reason": "metà anno"}]""");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("recorded").asInt()).isEqualTo(2);
        assertThat(post("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\", \"reason\": \"dato definitivo\"}]")
                .status()).isEqualTo(201);

        var latest = api.get(VALUES + "?period=2022").json();
        assertThat(latest.get("period").asText()).isEqualTo("2022");
        assertThat(latest.get("values")).hasSize(1);
        assertThat(latest.get("values").get(0).get("code").asText()).isEqualTo("D1.1_10");
        assertThat(latest.get("values").get(0).get("number").decimalValue()).isEqualByComparingTo("880");

        var history = api.get(VALUES + "/history?code=D1.1_10&period=2022").json();
        assertThat(history.get("records")).hasSize(2);
        assertThat(history.get("records").get(0).get("reason").asText()).isEqualTo("prima stima");
        assertThat(history.get("records").get(1).get("value").asText()).startsWith("880");
        assertThat(history.get("records").get(1).get("recordedBy").asText()).isEqualTo("anonimo");
    }

    @Test
    void the_latest_values_list_the_measures_by_code_then_the_indicators_whatever_the_order_they_came_in()
            throws Exception {
        assertThat(post("""
                [{"code": "301.51", "period": "2022", "value": "1500", "reason": "dato di prova"},
                 {"code": "D1.1_2", "period": "2022", "value": 12, "reason": "stima"},
                 {"code": "D1.1_10", "period": "2022", "value": "880", "reason": "dato definitivo"}]""").status())
                .isEqualTo(201);

        var values = api.get(VALUES).json().get("values");

        assertThat(values).hasSize(3);
        // "D1.1_10" sorts before "D1.1_2" as text; the indicator (301.51, node 4) comes after every measure
        assertThat(values.get(0).get("code").asText()).isEqualTo("D1.1_10");
        assertThat(values.get(1).get("code").asText()).isEqualTo("D1.1_2");
        assertThat(values.get(1).get("kind").asText()).isEqualTo("MEASURE");
        assertThat(values.get(1).get("id").isNull()).isTrue();
        var indicator = values.get(2);
        assertThat(indicator.get("kind").asText()).isEqualTo("INDICATOR");
        assertThat(indicator.get("code").asText()).isEqualTo("301.51");
        assertThat(indicator.get("id").asInt()).isEqualTo(4);
        assertThat(indicator.get("value").asText()).isEqualTo("1.500 N.");
        assertThat(indicator.get("number").decimalValue()).isEqualByComparingTo("1500");
        // nothing was recorded at mid-year
        var midYear = api.get(VALUES + "?period=2022-06-30").json();
        assertThat(midYear.get("period").asText()).isEqualTo("2022-06-30");
        assertThat(midYear.get("values")).isEmpty();
    }

    @Test
    void the_history_of_an_indicator_is_found_by_its_code() throws Exception {
        post("[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"1500\", \"reason\": \"dato di prova\"}]");

        var history = api.get(VALUES + "/history?code=%20301.51%20").json();

        assertThat(history.get("code").asText()).isEqualTo("301.51");
        assertThat(history.get("period").asText()).isEqualTo("2022");
        assertThat(history.get("records")).hasSize(1);
        assertThat(history.get("records").get(0).get("value").asText()).isEqualTo("1.500 N.");
        assertThat(history.get("records").get(0).get("reason").asText()).isEqualTo("dato di prova");
        assertProblem(api.get(VALUES + "/history?code=%20"), 400, "bad-request");
    }

    @Test
    void a_batch_with_bad_items_records_nothing_and_names_each_item_and_field() throws Exception {
        var answer = post("""
                [{"code": "D1.1_10", "period": "2022", "value": "880"},
                 {"code": "NOPE", "period": "2021", "value": "abc"},
                 "not an object"]""");

        assertProblem(answer, 422, "invalid-data");
        var problems = answer.json().get("problems");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(problems.get(0).get("field").asText()).isEqualTo("code");
        assertThat(problems.get(1).get("field").asText()).isEqualTo("period");
        assertThat(problems.get(2).get("field").asText()).isEqualTo("value");
        assertThat(problems.get(3).get("index").asInt()).isEqualTo(2);
        assertThat(api.get(VALUES).json().get("values")).isEmpty();
    }

    @Test
    void a_value_that_leaves_an_indicator_short_of_its_target_needs_a_reason() throws Exception {
        var answer = post("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"400\"},"
                + " {\"code\": \"D1.1_20\", \"period\": \"2022\", \"value\": \"90\"}]");

        assertProblem(answer, 422, "invalid-data");
        var problems = answer.json().get("problems");
        assertThat(problems).hasSize(1);
        assertThat(answer.json().get("detail").asText())
                .isEqualTo("1 problema nei valori inviati; nulla è stato registrato.");
        assertThat(problems.get(0).get("index").asInt()).isZero();
        assertThat(problems.get(0).get("field").asText()).isEqualTo("reason");
        assertThat(problems.get(0).get("message").asText()).contains("31.D1.1.1");
        assertThat(api.get(VALUES).json().get("values")).isEmpty();

        assertThat(post("[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"400\","
                + " \"reason\": \"bandi rinviati al 2023\"}]").status()).isEqualTo(201);
    }

    @Test
    void a_body_that_is_not_a_json_array_is_refused() throws Exception {
        assertProblem(post("{\"code\": \"D1.1_10\"}"), 400, "bad-request");
        assertProblem(api.send("POST", VALUES, "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-media-type");
    }

    @Test
    void a_csv_that_is_not_utf8_is_refused_with_its_line() throws Exception {
        var latin1 = "code;period;value\nD1.1_10;2022;880\nD1.1_20;2022;città\n"
                .getBytes(Charset.forName("ISO-8859-1"));
        var answer = api.send("POST", VALUES + "/preview", "text/csv", latin1);

        assertProblem(answer, 422, "invalid-data");
        assertThat(answer.json().get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(answer.json().get("problems").get(0).get("message").asText()).contains("UTF-8");
    }

    @Test
    void the_history_needs_a_known_code_and_a_period_of_the_plan_year() throws Exception {
        assertProblem(api.get(VALUES + "/history?period=2022"), 400, "bad-request");
        assertProblem(api.get(VALUES + "/history?code=NOPE&period=2022"), 400, "bad-request");
        assertProblem(api.get(VALUES + "?period=2021"), 400, "bad-request");
        assertProblem(api.get("/api/v1/plans/Modena/2030/values"), 404, "not-found");
    }

    @Test
    void the_csv_preview_lists_problems_with_line_and_field_or_the_rows() throws Exception {
        var bad = api.send("POST", VALUES + "/preview", "text/csv",
                "code;period;value\nD1.1_10;2022;880\nNOPE;2022;1\n".getBytes(StandardCharsets.UTF_8)).json();
        assertThat(bad.get("clean").asBoolean()).isFalse();
        assertThat(bad.get("problems")).hasSize(1);
        assertThat(bad.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(bad.get("problems").get(0).get("field").asText()).isEqualTo("code");

        var good = api.send("POST", VALUES + "/preview", "text/csv; charset=utf-8",
                "code;period;value;reason\nD1.1_10;2022;880;\n301.51;2022;1500;dato di prova\n"
                        .getBytes(StandardCharsets.UTF_8)).json();
        assertThat(good.get("clean").asBoolean()).isTrue();
        assertThat(good.get("problems")).isEmpty();
        assertThat(good.get("rows").get(0).get("code").asText()).isEqualTo("D1.1_10");
        assertThat(good.get("rows").get(0).get("kind").asText()).isEqualTo("MEASURE");
        // an indicator's row carries its node id (301.51 is node 4 of the seed)
        var indicator = good.get("rows").get(1);
        assertThat(indicator.get("kind").asText()).isEqualTo("INDICATOR");
        assertThat(indicator.get("code").asText()).isEqualTo("301.51");
        assertThat(indicator.get("id").asInt()).isEqualTo(4);
        assertThat(indicator.get("period").asText()).isEqualTo("2022");
        assertThat(indicator.get("value").asText()).isEqualTo("1.500 N.");
        assertThat(api.get(VALUES).json().get("values")).isEmpty();

        assertProblem(api.send("POST", VALUES + "/preview", "application/json", "[]".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type");
    }

    @Test
    void the_csv_preview_refuses_a_row_that_misses_its_target_without_a_reason_and_reads_the_reason_column()
            throws Exception {
        // 400 of D1.1_10 leaves 31.D1.1.1 (>= 800 N.) at 50%
        var missed = api.send("POST", VALUES + "/preview", "text/csv",
                "code;period;value\nD1.1_20;2022;90\nD1.1_10;2022;400\n".getBytes(StandardCharsets.UTF_8)).json();
        var explained = api.send("POST", VALUES + "/preview", "text/csv",
                "code;period;value;reason\nD1.1_10;2022;400;bandi rinviati\n".getBytes(StandardCharsets.UTF_8)).json();

        assertThat(missed.get("clean").asBoolean()).isFalse();
        assertThat(missed.get("problems")).hasSize(1);
        assertThat(missed.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(missed.get("problems").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(missed.get("problems").get(0).get("message").asText()).contains("31.D1.1.1");
        assertThat(explained.get("clean").asBoolean()).isTrue();
        assertThat(explained.get("rows")).hasSize(1);
    }

    @Test
    void the_upload_page_records_nothing_from_a_file_with_a_missed_target_and_no_reason() throws Exception {
        var form = "nome=valori.csv&contenuto=" + java.net.URLEncoder.encode(
                "code;period;value\nD1.1_10;2022;400\n", StandardCharsets.UTF_8);

        var refused = api.send("POST", "/piani/Modena/2022/valori/carica/conferma",
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
        var explained = api.send("POST", "/piani/Modena/2022/valori/carica/conferma",
                "application/x-www-form-urlencoded", ("nome=valori.csv&contenuto=" + java.net.URLEncoder.encode(
                        "code;period;value;reason\nD1.1_10;2022;400;bandi rinviati\n", StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.response().body()).contains("Il valore lascia sotto il target 31.D1.1.1");
        assertThat(explained.status()).isEqualTo(303);
        var latest = api.get(VALUES).json().get("values");
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).get("number").decimalValue()).isEqualByComparingTo("400");
    }

    @Test
    void the_data_entry_page_refuses_a_value_that_misses_its_target_without_a_comment() throws Exception {
        var refused = api.send("POST", "/piani/Modena/2022/valori", "application/x-www-form-urlencoded",
                "periodo=2022&codice=D1.1_10&valore=400&commento=".getBytes(StandardCharsets.UTF_8));
        var explained = api.send("POST", "/piani/Modena/2022/valori", "application/x-www-form-urlencoded",
                "periodo=2022&codice=D1.1_10&valore=400&commento=bandi+rinviati".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.response().body()).contains("Il valore lascia sotto il target 31.D1.1.1");
        assertThat(explained.status()).isEqualTo(303);
        assertThat(api.get(VALUES + "/history?code=D1.1_10&period=2022").json().get("records")).hasSize(1);
    }
}
