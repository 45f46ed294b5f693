package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.score.PolicyText.SettingReading;
import it.traguardi.core.score.PolicyText.Setting;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTextTest {

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of(Setting.CAP, "TRUE", new PolicyChange.Cap(true)),
                Arguments.of(Setting.CAP, " false ", new PolicyChange.Cap(false)),
                Arguments.of(Setting.FLOOR, "none", new PolicyChange.FloorAt(Floor.NONE)),
                Arguments.of(Setting.FLOOR, "62.5", new PolicyChange.FloorAt(Floor.below("62.5"))),
                Arguments.of(Setting.BANDS, "None", new PolicyChange.Bands(ScoreBands.continuous())),
                Arguments.of(Setting.BANDS, "0, 70,90 ,100", new PolicyChange.Bands(ScoreBands.of("0", "70", "90", "100"))),
                Arguments.of(Setting.LATE, "none", new PolicyChange.Late(LateCredit.NONE)),
                Arguments.of(Setting.LATE, "day:0", new PolicyChange.Late(new LateCredit.PointsPerDay(BigDecimal.ZERO))),
                Arguments.of(Setting.LATE, "day:5", new PolicyChange.Late(new LateCredit.PointsPerDay(new BigDecimal("5")))),
                Arguments.of(Setting.LATE, "Week: 10", new PolicyChange.Late(new LateCredit.PointsPerWeek(BigDecimal.TEN))),
                Arguments.of(Setting.LATE, "fixed:100", new PolicyChange.Late(new LateCredit.Fixed(new BigDecimal("100")))),
                Arguments.of(Setting.MISSING, "exclude", new PolicyChange.MissingValues(MissingPolicy.EXCLUDE_AND_RESCALE)),
                Arguments.of(Setting.MISSING, "zero", new PolicyChange.MissingValues(MissingPolicy.COUNT_AS_ZERO)),
                Arguments.of(Setting.MISSING, "COUNT_AS_ZERO", new PolicyChange.MissingValues(MissingPolicy.COUNT_AS_ZERO)),
                Arguments.of(Setting.LIGHTS, "90,70", new PolicyChange.Lights(lights("90", "70"))),
                Arguments.of(Setting.LIGHTS, "80,80", new PolicyChange.Lights(lights("80", "80"))),
                Arguments.of(Setting.LIGHTS, "50,0", new PolicyChange.Lights(lights("50", "0"))),
                Arguments.of(Setting.PROVISIONAL, " 40 ", new PolicyChange.Provisional(new BigDecimal("40"))),
                Arguments.of(Setting.PROVISIONAL, "0", new PolicyChange.Provisional(BigDecimal.ZERO)),
                Arguments.of(Setting.PROVISIONAL, "100", new PolicyChange.Provisional(new BigDecimal("100"))));
    }

    @ParameterizedTest
    @MethodSource("readable")
    void a_written_setting_is_read_as_its_change(Setting setting, String text, PolicyChange expected) {
        assertThat(PolicyText.read(setting, text)).isEqualTo(new SettingReading.Accepted<>(expected));
    }

    /** The column is where the offending piece starts in the text as typed, blanks included. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(Setting.CAP, "yes", 1, "policy.text.flag", "yes"),
                Arguments.of(Setting.FLOOR, " 0", 2, "policy.text.floor", "0"),
                Arguments.of(Setting.FLOOR, "sessanta", 1, "policy.text.number", "sessanta"),
                Arguments.of(Setting.BANDS, "90,70", 4, "policy.text.bands", "70"),
                Arguments.of(Setting.BANDS, "0,70,70", 6, "policy.text.bands", "70"),
                Arguments.of(Setting.BANDS, "-5,70", 1, "policy.text.bands", "-5"),
                Arguments.of(Setting.BANDS, "0,70,,100", 6, "policy.text.number", ""),
                Arguments.of(Setting.LATE, "month:3", 1, "policy.text.late", "month:3"),
                Arguments.of(Setting.LATE, "day", 1, "policy.text.late", "day"),
                Arguments.of(Setting.LATE, "week:dieci", 6, "policy.text.number", "dieci"),
                Arguments.of(Setting.LATE, "day:-1", 5, "policy.text.late.negative", "-1"),
                Arguments.of(Setting.LATE, "fixed:120", 7, "policy.text.late.fixed", "120"),
                Arguments.of(Setting.MISSING, "rescale", 1, "policy.text.missing", "rescale"),
                Arguments.of(Setting.LIGHTS, "90", 1, "policy.text.lights", "90"),
                Arguments.of(Setting.LIGHTS, "90,70,50", 1, "policy.text.lights", "90,70,50"),
                Arguments.of(Setting.LIGHTS, "70, 90", 5, "policy.text.lights.order", "90"),
                Arguments.of(Setting.LIGHTS, "90,x", 4, "policy.text.number", "x"),
                Arguments.of(Setting.PROVISIONAL, "100.5", 1, "policy.text.provisional", "100.5"),
                Arguments.of(Setting.PROVISIONAL, "-1", 1, "policy.text.provisional", "-1"),
                Arguments.of(Setting.PROVISIONAL, "metà", 1, "policy.text.number", "metà"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void a_text_outside_the_grammar_is_refused_at_its_column(Setting setting, String text, int column, String key,
            String shown) {
        assertThat(PolicyText.read(setting, text)).isEqualTo(new SettingReading.Refused<>(column, Message.of(key, shown)));
    }

    @Test
    void a_number_the_rules_columns_cannot_hold_exactly_is_refused_not_rounded() {
        // plan_policy keeps its numbers as numeric(7, 2): five digits before the mark, two after
        assertThat(PolicyText.read(Setting.PROVISIONAL, "99.999"))
                .isEqualTo(new SettingReading.Refused<>(1, Message.of("limit.amount", "99.999", 5, 2)));
        assertThat(PolicyText.read(Setting.FLOOR, "1e6"))
                .isEqualTo(new SettingReading.Refused<>(1, Message.of("limit.amount", "1e6", 5, 2)));
        assertThat(PolicyText.read(Setting.LATE, "day:123456"))
                .isEqualTo(new SettingReading.Refused<>(5, Message.of("limit.amount", "123456", 5, 2)));
        assertThat(PolicyText.read(Setting.FLOOR, "99999.99"))
                .isEqualTo(new SettingReading.Accepted<>(new PolicyChange.FloorAt(Floor.below("99999.99"))));
    }

    @Test
    void every_change_written_reads_back_equal() {
        var policy = new ScoringPolicy(false, Floor.below("60"), ScoreBands.of("0", "70", "90", "100"),
                new LateCredit.PointsPerWeek(BigDecimal.TEN), MissingPolicy.COUNT_AS_ZERO, lights("85", "60"));
        var changes = List.of(new PolicyChange.Cap(false), new PolicyChange.FloorAt(Floor.NONE),
                new PolicyChange.Bands(ScoreBands.continuous()), new PolicyChange.Late(new LateCredit.Fixed(new BigDecimal("50"))),
                new PolicyChange.MissingValues(MissingPolicy.EXCLUDE_AND_RESCALE), new PolicyChange.Lights(lights("90", "70")),
                new PolicyChange.Replace(policy));

        for (var change : changes) {
            assertThat(PolicyText.readChange(PolicyText.write(change))).as(PolicyText.write(change)).isEqualTo(change);
        }
    }

    @Test
    void the_stored_form_is_kept_as_the_database_holds_it() {
        // rows written before the grammar moved to core must read the same: enum names for missing
        assertThat(PolicyText.write(new PolicyChange.MissingValues(MissingPolicy.EXCLUDE_AND_RESCALE)))
                .isEqualTo("missing=EXCLUDE_AND_RESCALE");
        assertThat(PolicyText.write(new PolicyChange.Replace(ScoringPolicy.defaults()))).isEqualTo(
                "policy=cap=true;floor=none;bands=none;late=none;missing=EXCLUDE_AND_RESCALE;lights=90,70;provisional=50");
        // a whole policy stored before the provisional threshold existed keeps the default threshold
        assertThat(PolicyText.readChange(
                "policy=cap=true;floor=none;bands=none;late=none;missing=EXCLUDE_AND_RESCALE;lights=90,70"))
                .isEqualTo(new PolicyChange.Replace(ScoringPolicy.defaults()));
        assertThat(PolicyText.thresholds(ScoreBands.of("0", "70", "90", "100"))).isEqualTo("0,70,90,100");
    }

    @Test
    void band_thresholds_alone_are_read_as_the_bands_setting_reads_them() {
        assertThat(PolicyText.bands("0, 70,90")).isEqualTo(new SettingReading.Accepted<>(ScoreBands.of("0", "70", "90")));
        assertThat(PolicyText.bands("none")).isEqualTo(new SettingReading.Accepted<>(ScoreBands.continuous()));
        assertThat(PolicyText.bands("90,70")).isEqualTo(new SettingReading.Refused<>(4, Message.of("policy.text.bands", "70")));
    }

    @Test
    void a_stored_text_it_did_not_write_is_a_fault() {
        assertThatThrownBy(() -> PolicyText.readChange("speed=3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyText.readChange("late=month:3")).isInstanceOf(IllegalArgumentException.class);
    }

    private static TrafficLights lights(String achieved, String partly) {
        return new TrafficLights(new BigDecimal(achieved), new BigDecimal(partly));
    }
}
