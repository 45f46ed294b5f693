package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.store.Database;
import it.traguardi.store.ValueStore;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** values import/set and score, through the real command line on the Modena 2022 demo plan. */
class ValuesAndScoreTest {

    private static final String[] PLAN = {"--entity", "Modena", "--year", "2022"};
    /** 31.D1.2.4 (12,00 of >= 15,00 %) and 31.D1.1.2 (64 of >= 80) fall short: they say why. */
    private static final String GOOD = """
            code;period;value;reason
            D1.1_10;2022;880;
            31.D1.2.4;2022;12,00;nuovo portale dei certificati
            301.50;2022;13.147.300.000;
            31.D1.1.2;2022;64;corsi rinviati
            """;
    private static final String BAD = """
            code;period;value
            D1.1_10;2022;880
            NOPE;2022;1
            31.D1.2.4;2023;12,00
            301.50;2022-13-01;abc
            x;y
            """;

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    private static String[] with(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of(PLAN));
        return all.toArray(String[]::new);
    }

    private JsonNode score(String... more) throws Exception {
        return cli.scores("Modena", 2022, more);
    }

    @Test
    void imported_values_score_indicators_directly_and_through_their_formulas() throws Exception {
        var csv = cli.write("valori.csv", GOOD);

        var outcome = cli.run(with("values", "import", csv.toString()));

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Registrati 4 valori per Modena 2022");
        var root = score();
        assertThat(root.get("kind").asText()).isEqualTo("ENTITY");
        // 880 of D1.1_10 against >= 800: 110%, capped
        assertThat(CommandLineRun.find(root, "31.D1.1.1").get("achievement").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(CommandLineRun.find(root, "31.D1.1.1").get("actual").asText()).isEqualTo("880 N.");
        assertThat(CommandLineRun.find(root, "31.D1.2.4").get("achievement").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(CommandLineRun.find(root, "301.50").get("achievement").decimalValue()).isEqualByComparingTo("99.60");
        assertThat(CommandLineRun.find(root, "301.51").get("achievement").isNull()).isTrue();
        assertThat(CommandLineRun.find(root, "301.51").get("reason").asText()).contains("N/D");
        // OO 301.D1.1: (40 × 100 + 30 × 80) / 70, the N/D indicator left out and the weights rescaled
        assertThat(CommandLineRun.find(root, "301.D1.1").get("achievement").decimalValue()).isEqualByComparingTo("91.43");
        // OS 301: 50% indicators (99.60) + 50% operational objectives ((91.43 + 80) / 2); nothing else measured
        assertThat(root.get("achievement").decimalValue()).isEqualByComparingTo("92.66");
        assertThat(root.get("status").asText()).isEqualTo("ACHIEVED");
    }

    @Test
    void a_file_with_bad_rows_reports_every_one_with_its_line_and_records_nothing() throws Exception {
        var csv = cli.write("valori.csv", BAD);

        var outcome = cli.run(with("values", "import", csv.toString()));

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains(
                "valori.csv, riga 3, campo 1 («code»): «NOPE»",
                "valori.csv, riga 4, campo 2 («period»): il periodo 2023 non è nell'anno del piano 2022",
                "valori.csv, riga 5, campo 2 («period»): periodo non leggibile: «2022-13-01»",
                "valori.csv, riga 5, campo 3 («value»): numero non leggibile: «abc»",
                "valori.csv, riga 6: attese 3 colonne",
                "5 errori: nessun valore registrato.");
        assertThat(outcome.err()).doesNotContain("riga 2");
        try (var database = Database.open(cli.databaseUrl())) {
            assertThat(new ValueStore(database.dataSource()).latest("Modena", 2022, Period.of(2022))).isEmpty();
        }
        assertThat(score().get("achievement").isNull()).isTrue();
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_its_line_and_records_nothing() throws Exception {
        var csv = cli.write("valori.csv", "code;period;value\nD1.1_10;2022;880\nD1.1_20;2022;città\n"
                .getBytes(Charset.forName("ISO-8859-1")));

        var outcome = cli.run("values", "import", csv.toString(), "--entity", "Modena", "--year", "2022");

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).startsWith("valori.csv, riga 3: il testo non è in UTF-8");
        assertThat(CommandLineRun.find(score(), "31.D1.1.1").get("achievement").isNull()).isTrue();
    }

    @Test
    void problems_are_reported_in_english_when_asked() throws Exception {
        var csv = cli.write("valori.csv", BAD);

        var outcome = cli.run(with("--lang", "en", "values", "import", csv.toString()));

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains("valori.csv, line 3, field 1 (\"code\"):", "5 errors: no value recorded.");
    }

    @Test
    void a_correction_wins_and_keeps_the_history() throws Exception {
        cli.run(with("values", "import", cli.write("valori.csv", GOOD).toString()));

        var outcome = cli.run(with("values", "set", "31.D1.2.4", "2022", "13,50", "--reason", "dato corretto"));

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        var root = score();
        assertThat(CommandLineRun.find(root, "31.D1.2.4").get("achievement").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(CommandLineRun.find(root, "31.D1.2.4").get("actual").asText()).isEqualTo("13,50%");
        var id = CommandLineRun.find(root, "31.D1.2.4").get("id").asInt();
        try (var database = Database.open(cli.databaseUrl())) {
            var history = new ValueStore(database.dataSource())
                    .history("Modena", 2022, ValueTarget.indicator(new NodeId(id)), Period.of(2022));
            assertThat(history).hasSize(2);
            assertThat(history.getLast().reason()).isEqualTo("dato corretto");
            assertThat(history.getLast().recordedBy()).isEqualTo(CommandLineAuthor.current().name());
        }
    }

    @Test
    void an_indicator_can_be_named_by_its_id_and_a_day_is_a_period_of_its_own() throws Exception {
        var id = CommandLineRun.find(score(), "31.D1.1.2").get("id").asInt();

        var outcome = cli.run(with("values", "set", "#" + id, "2022-06-30", "40", "--reason", "a metà anno"));

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(CommandLineRun.find(score("--period", "2022-06-30"), "31.D1.1.2").get("achievement").decimalValue())
                .isEqualByComparingTo("50.00");
        assertThat(CommandLineRun.find(score(), "31.D1.1.2").get("achievement").isNull()).isTrue();
    }

    @Test
    void a_file_row_that_misses_its_target_without_a_reason_is_refused_with_its_line_and_field() throws Exception {
        var csv = cli.write("valori.csv", "code;period;value\nD1.1_10;2022;880\n31.D1.2.4;2022;12,00\n");

        var outcome = cli.run(with("values", "import", csv.toString()));

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains("valori.csv, riga 3, campo 4 («reason»): Il valore lascia sotto il target 31.D1.2.4")
                .doesNotContain("riga 2");
        assertThat(CommandLineRun.find(score(), "31.D1.1.1").get("achievement").isNull()).isTrue();
    }

    @Test
    void a_value_set_by_hand_that_misses_its_target_needs_a_reason() throws Exception {
        // 12,00 of >= 15,00 %: 80%, partly achieved
        var refused = cli.run(with("values", "set", "31.D1.2.4", "2022", "12,00"));
        var missedBeforeReason = CommandLineRun.find(score(), "31.D1.2.4").get("achievement");
        var accepted = cli.run(with("values", "set", "31.D1.2.4", "2022", "12,00", "--reason", "nuovo portale"));

        assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(refused.err()).contains("campo reason", "31.D1.2.4");
        assertThat(missedBeforeReason.isNull()).isTrue();
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(CommandLineRun.find(score(), "31.D1.2.4").get("achievement").decimalValue())
                .isEqualByComparingTo("80.00");
    }

    @Test
    void a_score_period_is_read_like_the_period_of_a_value() {
        var unreadable = cli.run(with("score", "--period", "30-06-2022"));
        var outside = cli.run(with("score", "--period", "2023-06-30"));

        assertThat(unreadable.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(unreadable.err()).contains("periodo non leggibile: «30-06-2022»");
        assertThat(outside.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outside.err()).contains("il periodo 2023-06-30 non è nell'anno del piano 2022");
    }

    @Test
    void a_negative_value_is_set_without_a_double_dash_and_a_mistyped_option_is_still_refused() throws Exception {
        var negative = cli.run(with("values", "set", "802.51", "2022", "-20,14", "--reason", "pagamenti in anticipo"));
        var mistyped = cli.run(with("values", "set", "802.51", "2022", "-3", "--reasn", "x"));

        assertThat(negative.exitCode()).as(negative.err()).isZero();
        assertThat(negative.out()).contains("-20,14");
        assertThat(CommandLineRun.find(score(), "802.51").get("actual").asText()).isEqualTo("-20,14 gg");
        assertThat(mistyped.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(mistyped.err()).contains("--reasn");
    }

    @Test
    void a_bad_value_set_by_hand_is_refused() {
        var outcome = cli.run(with("values", "set", "31.D1.2.4", "2022", "dodici"));

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains("campo value");
    }

    @Test
    void the_table_shows_italian_numbers_and_traffic_light_words() throws Exception {
        cli.run(with("values", "import", cli.write("valori.csv", GOOD).toString()));

        var outcome = cli.run(with("score"));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Modena | 100% |  |  | 92,66% | raggiunto",
                "      301.50 Fatturato export provinciale | 5,00% | ≥ 13.200.000.000 € | 13.147.300.000 € | 99,60% | raggiunto",
                "31.D1.1.2", "| 80,00% | parzialmente raggiunto");
    }
}
