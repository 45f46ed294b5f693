package it.traguardi.core.score;

import static it.traguardi.core.score.Scores.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorScoringTest {

    private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

    @ParameterizedTest(name = "{0} with actual {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 100 N.       | 80 N.      | 80.00
            ≥ 100 N.       | 100 N.     | 100.00
            ≥ 100 N.       | 150 N.     | 100.00
            >= 3 N.        | 2 N.       | 66.67
            ≥ 100 N.       | 0 N.       | 0.00
            ≥ 100 N.       | -5 N.      | 0.00
            ≥ 0 N.         | 0 N.       | 100.00
            ≥ 0 N.         | 7 N.       | 100.00
            ≥ 0 N.         | -1 N.      | 0.00
            ≥ -10 gg       | -5 gg      | 100.00
            ≥ -10 gg       | -15 gg     | 50.00
            ≥ -10 gg       | -25 gg     | 0.00
            ≥ 67,00 %      | 60,30 %    | 90.00
            """)
    void at_least_target_is_the_ratio_capped_at_full_achievement(String target, String actual, String expected) {
        assertThat(indicator(target, actual, DEFAULTS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤ -18 gg       | -20 gg     | 100.00
            ≤ -18 gg       | -18 gg     | 100.00
            ≤ -18 gg       | -10 gg     | 55.56
            ≤ -18 gg       | 5 gg       | 0.00
            ≤ -18 gg       | 0 gg       | 0.00
            ≤ 3 gg         | 2 gg       | 100.00
            ≤ 3 gg         | 3 gg       | 100.00
            ≤ 3 gg         | 4 gg       | 75.00
            <= 3,20 gg     | 6,40 gg    | 50.00
            ≤ 3 gg         | -2 gg      | 100.00
            ≤ 0 gg         | 0 gg       | 100.00
            ≤ 0 gg         | -4 gg      | 100.00
            ≤ 0 gg         | 1 gg       | 0.00
            """)
    void at_most_target_scores_partially_and_stays_right_for_negative_values(String target, String actual,
            String expected) {
        assertThat(indicator(target, actual, DEFAULTS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            = 4 N.         | 4 N.       | 100.00
            = 4 N.         | 3 N.       | 75.00
            = 4 N.         | 6 N.       | 100.00
            = 4 N.         | 0 N.       | 0.00
            = 0 N.         | 0 N.       | 100.00
            = 0 N.         | 2 N.       | 0.00
            = -4 gg        | -3 gg      | 75.00
            = -4 gg        | 3 gg       | 0.00
            """)
    void exact_target_is_proportional_and_capped(String target, String actual, String expected) {
        assertThat(indicator(target, actual, DEFAULTS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tra 10 e 20 N.   | 10 N.     | 100.00
            tra 10 e 20 N.   | 15 N.     | 100.00
            tra 10 e 20 N.   | 20 N.     | 100.00
            tra 10 e 20 N.   | 8 N.      | 80.00
            tra 10 e 20 N.   | 25 N.     | 80.00
            tra 10 e 20 N.   | -1 N.     | 0.00
            tra -10 e -5 gg  | -12 gg    | 80.00
            tra -10 e -5 gg  | -4 gg     | 80.00
            tra 0 e 5 gg     | -1 gg     | 0.00
            tra 0 e 5 gg     | 6 gg      | 83.33
            """)
    void range_is_full_inside_and_scored_against_the_nearest_end_outside(String target, String actual,
            String expected) {
        assertThat(indicator(target, actual, DEFAULTS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Entro 31-12-2022 | 30-06-2022 | 100.00
            Entro 31-12-2022 | 31-12-2022 | 100.00
            Entro 31-12-2022 | 01-01-2023 | 0.00
            Entro 31-12-2022 | NO         | 0.00
            Entro 31-12-2022 | SI         | N/D score.deadline.dateMissing
            Entro 31-12-2022 | 10 N.      | N/D score.unit.mismatch
            SI               | SI         | 100.00
            SI               | NO         | 0.00
            NO               | NO         | 100.00
            NO               | SI         | 0.00
            SI               | 15-03-2022 | 100.00
            SI               | 1 N.       | N/D score.unit.mismatch
            """)
    void deadlines_and_milestones_score_all_or_nothing_by_default(String target, String actual, String expected) {
        assertThat(indicator(target, actual, DEFAULTS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            N/D              | 10 N.      | N/D score.target.missing
            N/D              | N/D        | N/D score.target.missing
            ≥ 10 N.          | N/D        | N/D score.actual.missing
            Entro 31-12-2022 | N/D        | N/D score.actual.missing
            SI               | N/D        | N/D score.actual.missing
            tra 1 e 2 N.     | N/D        | N/D score.actual.missing
            ≥ 10 N.          | 31-12-2022 | N/D score.unit.mismatch
            ≤ 10 gg          | SI         | N/D score.unit.mismatch
            ≥ 10 N.          | 10 %       | N/D score.unit.mismatch
            = 10 €           | 10 N.      | N/D score.unit.mismatch
            tra 1 e 2 N.     | 1 gg       | N/D score.unit.mismatch
            """)
    void missing_target_missing_actual_or_other_unit_is_not_available(String target, String actual, String expected) {
        assertThat(indicator(target, actual, DEFAULTS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2} uncapped")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 100 N.         | 150 N.     | 150.00
            ≥ 0 N.           | 50 N.      | 100.00
            ≥ -10 gg         | -5 gg      | 150.00
            ≤ -18 gg         | -20 gg     | 111.11
            ≤ 4 gg           | 3 gg       | 125.00
            ≤ 0 gg           | -3 gg      | 100.00
            = 4 N.           | 6 N.       | 150.00
            tra 10 e 20 N.   | 15 N.      | 100.00
            Entro 31-12-2022 | 01-01-2022 | 100.00
            """)
    void without_the_cap_over_achievement_is_shown(String target, String actual, String expected) {
        assertThat(indicator(target, actual, DEFAULTS.withCapAtFull(false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "floor {0}: {1} with actual {2} scores {3}")
    @CsvSource(delimiter = '|', textBlock = """
            60 | ≥ 100 N.  | 59,99 N. | 0.00
            60 | ≥ 100 N.  | 60 N.    | 60.00
            60 | ≥ 100 N.  | 95 N.    | 95.00
            60 | ≤ -18 gg  | -10 gg   | 0.00
            50 | ≤ -18 gg  | -10 gg   | 55.56
            """)
    void below_the_floor_the_score_is_zero(String floor, String target, String actual, String expected) {
        assertThat(indicator(target, actual, DEFAULTS.withFloor(Floor.below(floor)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} falls in band {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 100 N.  | 50 N.     | 0.00
            ≥ 100 N.  | 69,99 N.  | 0.00
            ≥ 100 N.  | 70 N.     | 70.00
            ≥ 100 N.  | 89 N.     | 70.00
            ≥ 100 N.  | 90 N.     | 90.00
            ≥ 100 N.  | 99,99 N.  | 90.00
            ≥ 100 N.  | 100 N.    | 100.00
            ≤ -18 gg  | -10 gg    | 0.00
            ≤ -18 gg  | -16 gg    | 70.00
            """)
    void bands_replace_the_score_with_the_lower_value_of_its_band(String target, String actual, String expected) {
        var policy = DEFAULTS.withBands(ScoreBands.of("0", "70", "90", "100"));
        assertThat(indicator(target, actual, policy)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2} uncapped in bands")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 100 N.  | 130 N.    | 100.00
            ≥ 100 N.  | 40 N.     | 0.00
            """)
    void bands_without_cap_keep_the_top_band_and_start_at_zero(String target, String actual, String expected) {
        var policy = DEFAULTS.withCapAtFull(false).withBands(ScoreBands.of("50", "100"));
        assertThat(indicator(target, actual, policy)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "completed on {0} with {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            31-12-2022 | day 5    | 100.00
            03-01-2023 | day 5    | 85.00
            20-01-2023 | day 5    | 0.00
            01-01-2023 | week 10  | 90.00
            07-01-2023 | week 10  | 90.00
            08-01-2023 | week 10  | 80.00
            15-06-2023 | week 10  | 0.00
            01-01-2023 | fixed 50 | 50.00
            31-12-2023 | fixed 50 | 50.00
            01-01-2023 | none 0   | 0.00
            """)
    void a_late_deadline_earns_the_late_credit_of_the_policy(String completed, String credit, String expected) {
        var parts = credit.split(" ");
        var amount = new BigDecimal(parts[1]);
        LateCredit late = switch (parts[0]) {
            case "day" -> new LateCredit.PointsPerDay(amount);
            case "week" -> new LateCredit.PointsPerWeek(amount);
            case "fixed" -> new LateCredit.Fixed(amount);
            case "none" -> LateCredit.NONE;
            default -> throw new IllegalArgumentException(credit);
        };
        assertThat(indicator("Entro 31-12-2022", completed, DEFAULTS.withLateCredit(late))).isEqualTo(expected);
    }
}
