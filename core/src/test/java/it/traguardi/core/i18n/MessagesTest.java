package it.traguardi.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        it | import.row.before_header | riga di dati prima dell'intestazione della sezione
        it | import.title.no_entity   | il titolo non indica l'ente (oppure indicare --entity)
        en | import.row.before_header | data row before the section header
        it | node.kind.indicator      | indicatore
        """)
    void a_message_without_arguments_prints_its_apostrophes_once(String language, String key, String expected) {
        assertThat(Messages.forLanguage(language).render(Message.of(key))).isEqualTo(expected);
    }

    @Test
    void a_message_with_arguments_prints_its_apostrophes_once_and_numbers_as_written() {
        assertThat(Messages.forLanguage("it").render(Message.of("value.unit.missing", "941")))
                .isEqualTo("manca l'unità di misura in «941» (N., %, gg, €)");
        assertThat(Messages.forLanguage("it").render(Message.of("import.place.line", 1234)))
                .isEqualTo("riga 1234");
        assertThat(Messages.forLanguage("it").render(Message.of("cli.values.set.done", "A", "1", 2022, "Modena", 2022)))
                .isEqualTo("Registrato A = 1 (periodo 2022) per Modena 2022.");
    }

    @Test
    void a_count_in_a_choice_is_formatted_as_a_number_of_the_language() {
        assertThat(Messages.forLanguage("it").render(Message.of("import.row.fields", 12, 1234)))
                .isEqualTo("attesi 12 campi separati da tabulazione, trovati 1.234");
        assertThat(Messages.forLanguage("en").render(Message.of("import.row.fields", 12, 1234L)))
                .isEqualTo("expected 12 tab-separated fields, found 1,234");
    }

    @Test
    void a_nested_message_is_rendered_in_the_same_language() {
        var message = Message.of("check.no_indicators", Message.of("node.kind.operational_objective"), "701.C1.1");
        assertThat(Messages.forLanguage("it").render(message))
                .isEqualTo("obiettivo operativo «701.C1.1» senza indicatori");
        assertThat(Messages.forLanguage("en").render(message))
                .isEqualTo("operational objective «701.C1.1» without indicators");
    }

    @Test
    void an_unknown_language_falls_back_to_italian_and_an_unknown_key_is_refused() {
        assertThat(Messages.forLanguage("de").get("node.kind.area")).isEqualTo("ambito strategico");
        assertThatThrownBy(() -> Messages.forLanguage("en").get("no.such.key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such.key");
    }

    @Test
    void a_language_gives_its_locale_and_a_regional_italian_reads_the_italian_texts() {
        assertThat(Messages.forLanguage("en").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.forLanguage("it").locale().getLanguage()).isEqualTo("it");
        // no test renders with it-CH: its patterns are parsed here for the first time
        assertThat(new Messages(Locale.forLanguageTag("it-CH")).render(Message.of("import.row.fields", 12, 13)))
                .isEqualTo("attesi 12 campi separati da tabulazione, trovati 13");
    }
}
