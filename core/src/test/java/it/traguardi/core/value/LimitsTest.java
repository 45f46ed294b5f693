package it.traguardi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.i18n.Messages;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The limits of issue 7: each refused with the limit in the message, and the boundary accepted. */
class LimitsTest {

    private static final Messages IT = Messages.forLanguage("it");
    private static final Messages EN = Messages.forLanguage("en");

    private static String refusal(Runnable parse) {
        var e = catchThrowableOfType(InvalidValueException.class, parse::run);
        assertThat(e).as("refused").isNotNull();
        return IT.render(e.problem());
    }

    @Test
    void a_title_of_2001_characters_is_refused_naming_the_limit_and_2000_fit() {
        var problem = Limits.Text.TITLE.problem("t".repeat(2001)).orElseThrow();

        assertThat(IT.render(problem)).isEqualTo("titolo: al massimo 2000 caratteri, trovati 2001");
        assertThat(EN.render(problem)).isEqualTo("title: at most 2000 characters, found 2001");
        assertThat(Limits.Text.TITLE.problem("t".repeat(2000))).isEmpty();
    }

    @Test
    void characters_are_counted_as_the_database_counts_them() {
        // an emoji is two UTF-16 units, and H2 counts them so: a varchar(200) holds 100 of them there
        assertThat(Limits.Text.CODE.problem("😀".repeat(100))).isEmpty();
        assertThat(Limits.Text.CODE.problem("😀".repeat(101))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\t", "\u0000", "\u001B", "\u007F", "\u202A", "\u202E", "\u2066", "\u2069"})
    void a_control_or_direction_character_is_refused_in_codes_at_its_position(String character) {
        var problem = Limits.Text.CODE.problem("301" + character + "51").orElseThrow();

        assertThat(IT.render(problem)).startsWith("codice: carattere non ammesso (U+")
                .endsWith("alla posizione 4");
    }

    @Test
    void free_texts_keep_line_breaks_and_tabs_but_not_nul_or_direction_overrides() {
        assertThat(Limits.Text.COMMENT.problem("riga uno\r\nriga\tdue")).isEmpty();
        assertThat(Limits.Text.COMMENT.problem("nul\u0000")).isPresent();
        assertThat(Limits.Text.REASON.problem("a\u202Eb")).isPresent();
    }

    @Test
    void amounts_fit_numeric_38_12_twenty_six_digits_and_twelve_decimals() {
        assertThat(Limits.amountProblem(new BigDecimal("9".repeat(26) + "." + "9".repeat(12)), "x")).isEmpty();
        assertThat(Limits.amountProblem(new BigDecimal("9".repeat(27)), "x")).isPresent();
        assertThat(Limits.amountProblem(new BigDecimal("0." + "0".repeat(12) + "1"), "x")).isPresent();
        assertThat(Limits.amountProblem(new BigDecimal("1E+999999"), "x")).isPresent();
    }

    @Test
    void numbers_beyond_the_amount_columns_are_refused_when_read() {
        assertThat(refusal(() -> ItalianFormat.parseValue("941,1234567890123 N.")))
                .isEqualTo("«941,1234567890123»: un numero può avere al massimo 26 cifre prima della virgola e 12 decimali");
        assertThat(refusal(() -> ItalianFormat.parseEntered("123456789012345678901234567", Unit.COUNT)))
                .contains("al massimo 26 cifre");
        assertThat(refusal(() -> ItalianFormat.parseTarget("≥ 1.000.000.000.000.000.000.000.000.000 €")))
                .contains("al massimo 26 cifre");
        // the largest number the limit allows is read exactly, every digit kept
        assertThat(ItalianFormat.parseEntered("12345678901234567890123456,123456789012", Unit.COUNT))
                .isEqualTo(new Value.Amount(new Quantity(new BigDecimal("12345678901234567890123456.123456789012"),
                        Unit.COUNT)));
    }

    @Test
    void a_cell_of_900_thousand_digits_is_refused_before_parsing_with_a_short_message() {
        var message = refusal(() -> ItalianFormat.parseEntered("9".repeat(900_000), Unit.COUNT));

        assertThat(message).startsWith("valore troppo lungo: «9999").endsWith("ha 900000 caratteri, al massimo 200");
        assertThat(message.length()).isLessThan(120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-12-1899", "01-01-3000", "01-01-0001", "31-12-9999"})
    void dates_outside_the_plan_years_are_refused(String date) {
        assertThat(refusal(() -> ItalianFormat.parseTarget("Entro " + date)))
                .isEqualTo("anno fuori dall'intervallo ammesso: «" + date + "» (anni dal 1900 al 2999)");
        assertThat(refusal(() -> ItalianFormat.parseValue(date))).startsWith("anno fuori dall'intervallo");
    }

    @Test
    void iso_dates_outside_the_plan_years_are_refused_and_the_edges_are_kept() {
        assertThat(refusal(() -> ItalianFormat.parseEntered("3000-01-01", Unit.DATE))).startsWith("anno fuori");
        assertThat(ItalianFormat.parseEntered("1900-01-01", Unit.DATE)).isInstanceOf(Value.Day.class);
        assertThat(ItalianFormat.parseEntered("31-12-2999", Unit.DATE)).isInstanceOf(Value.Day.class);
    }

    @Test
    void a_quoted_text_is_cut_and_shows_no_control_characters() {
        assertThat(Limits.excerpt("a\u001B[2Jb")).isEqualTo("a?[2Jb");
        assertThat(Limits.excerpt("x".repeat(100))).hasSize(41).endsWith("…");
    }

    @Test
    void a_cell_of_exactly_200_characters_is_read_and_one_more_is_refused() {
        assertThat(Limits.cellProblem("x".repeat(Limits.CELL))).isEmpty();
        assertThat(Limits.cellProblem("x".repeat(Limits.CELL + 1))).isPresent();
    }

    @Test
    void a_text_of_40_characters_is_quoted_whole() {
        var forty = "y".repeat(40);

        assertThat(Limits.excerpt(forty)).isEqualTo(forty);
        assertThat(Limits.excerpt(forty + "z")).isEqualTo(forty + "…");
    }

    @Test
    void each_field_states_its_length_and_whether_it_is_one_line() {
        assertThat(Limits.Text.TITLE.length()).isEqualTo(2000);
        assertThat(Limits.Text.COMMENT.length()).isEqualTo(4000);
        assertThat(Limits.Text.CODE.singleLine()).isTrue();
        assertThat(Limits.Text.COMMENT.singleLine()).isFalse();
    }
}
