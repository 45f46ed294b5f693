package it.traguardi.exchange.alberatura;

import static it.traguardi.exchange.alberatura.Tsv.HEADER;
import static it.traguardi.exchange.alberatura.Tsv.HEADER_APART;
import static it.traguardi.exchange.alberatura.Tsv.TITLE;
import static it.traguardi.exchange.alberatura.Tsv.apart;
import static it.traguardi.exchange.alberatura.Tsv.bare;
import static it.traguardi.exchange.alberatura.Tsv.goodIndicator;
import static it.traguardi.exchange.alberatura.Tsv.head;
import static it.traguardi.exchange.alberatura.Tsv.indicator;
import static it.traguardi.exchange.alberatura.Tsv.years;
import static it.traguardi.exchange.alberatura.Tsv.yearsApart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the first pass over the lines refuses, each with its line and field, read through {@link AlberaturaReader}. */
class RowScannerTest {

    private static final Messages IT = Messages.forLanguage("it");

    private static List<String> problems(String text) {
        var e = catchThrowableOfType(ImportException.class, () -> AlberaturaReader.read("prova.tsv",
                text.getBytes(StandardCharsets.UTF_8), Overrides.NONE));
        assertThat(e).as("the import must be refused").isNotNull();
        return e.problems().stream().map(p -> p.render(IT)).toList();
    }

    /** A whole small plan on lines 4-8, with the row of a test on line 7 (an indicator of the OS). */
    private static String planWithIndicator(String row) {
        return Tsv.text(head(), bare("100,00%", "1 - Imprese"), bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"), row, bare("0,00%", "Obiettivi operativi"));
    }

    @Test
    void a_second_section_with_another_title_is_refused_at_its_title() {
        var text = Tsv.text(head(), bare("100,00%", "1 - Imprese"), bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"), goodIndicator("100,00%", "11.1 - Pratiche"),
                TITLE.replace("Prova_2022", "Altra_2022"), HEADER,
                years("2019", "2020", "2021", "2022", "2023", "2024"),
                bare("0,00%", "Obiettivi operativi"));
        assertThat(problems(text)).containsExactly("prova.tsv, riga 8, campo 1: il titolo"
                + " «Integra_Report_Alberatura della pianificazioneAltra_2022» non corrisponde a quello della prima sezione");
    }

    @Test
    void a_header_of_neither_layout_is_refused_and_its_rows_are_not_read() {
        var text = Tsv.text(TITLE, "Ambito\tObiettivo\tIndicatori", years("2019", "2020", "2021", "2022", "2023", "2024"),
                bare("100,00%", "1 - Imprese"));
        assertThat(problems(text)).containsExactly(
                "prova.tsv, riga 2: intestazione con 3 campi: attesi 12 (o 11 nel formato con codice e titolo separati)",
                "prova.tsv, riga 3: riga di dati prima dell'intestazione della sezione",
                "prova.tsv, riga 4: riga di dati prima dell'intestazione della sezione");
    }

    @Test
    void a_years_line_with_the_wrong_number_of_fields_is_refused_and_the_rows_below_are_left_alone() {
        // the rows below once made the import fail with NoSuchElementException: no section had been opened
        var text = Tsv.text(TITLE, HEADER, "\t\t2019\t2020\t2021", bare("100,00%", "1 - Imprese"));
        assertThat(problems(text)).containsExactly("prova.tsv, riga 3: attesi 12 campi separati da tabulazione, trovati 5");
    }

    @Test
    void a_header_year_out_of_range_or_unreadable_is_refused_at_its_field_and_the_rows_below_are_left_alone() {
        var text = Tsv.text(List.of(TITLE, HEADER, years("2019", "20200", "2021", "2022", "2023", "20x4")),
                bare("100,00%", "1 - Imprese"), bare("100,00%", "11 - Export"), bare("100,00%", "Indicatori"),
                goodIndicator("100,00%", "11.1 - Pratiche"));
        assertThat(problems(text)).containsExactly(
                "prova.tsv, riga 3, campo 7 («BASE LINE»): anno fuori dall'intervallo ammesso: «20200» (anni dal 1900 al 2999)",
                "prova.tsv, riga 3, campo 11 («TARGET»): anno non leggibile nell'intestazione: «20x4»");
    }

    @Test
    void in_the_layout_with_code_and_title_apart_a_row_without_title_is_refused_at_the_title_field() {
        var text = Tsv.text(TITLE, HEADER_APART, yearsApart("2019", "2020", "2021", "2022", "2023", "2024"),
                apart("100,00%", "1", "Imprese", "", "", "", "", "", "", ""),
                apart("100,00%", "11", "", "", "", "", "", "", "", ""));
        assertThat(problems(text)).containsExactly("prova.tsv, riga 5, campo 3 («Obiettivo Operativo»): titolo mancante");
    }

    @Test
    void in_the_layout_with_code_and_title_together_a_row_without_title_is_refused_at_that_field() {
        assertThat(problems(planWithIndicator(indicator("100,00%", "", "N. pratiche", "3 N.", "4 N.", "5 N.",
                "≥ 6 N.", "≥ 7 N.", "≥ 8 N.")))).containsExactly("prova.tsv, riga 7, campo 2 («Obiettivo strategico»): titolo mancante");
    }

    @Test
    void in_the_layout_with_code_and_title_apart_the_markers_have_no_code() throws Exception {
        var text = Tsv.text(TITLE, HEADER_APART, yearsApart("2019", "2020", "2021", "2022", "2023", "2024"),
                apart("100,00%", "1", "Imprese", "", "", "", "", "", "", ""),
                apart("100,00%", "11", "Export", "", "", "", "", "", "", ""),
                apart("100,00%", "Indicatori", "", "", "", "", "", "", "", ""),
                apart("100,00%", "11.1", "Pratiche", "N. pratiche", "3 N.", "4 N.", "5 N.", "≥ 6 N.", "≥ 7 N.", "≥ 8 N."),
                apart("0,00%", "Obiettivi operativi", "", "", "", "", "", "", "", ""));
        var plan = AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
        assertThat(plan.indicators().map(i -> i.code() + " " + i.title())).containsExactly("11.1 Pratiche");
    }

    @Test
    void a_code_title_or_algorithm_too_long_to_store_is_refused_at_its_field() {
        var code = "C".repeat(201);
        var title = "T".repeat(2001);
        var algorithm = "A".repeat(20001);
        assertThat(problems(planWithIndicator(indicator("100,00%", code + " - " + title, algorithm, "3 N.", "4 N.",
                "5 N.", "≥ 6 N.", "≥ 7 N.", "≥ 8 N.")))).containsExactly(
                        "prova.tsv, riga 7, campo 2 («Obiettivo strategico»): codice: al massimo 200 caratteri, trovati 201",
                        "prova.tsv, riga 7, campo 2 («Obiettivo strategico»): titolo: al massimo 2000 caratteri, trovati 2001",
                        "prova.tsv, riga 7, campo 4 («Indicatori»): algoritmo: al massimo 20000 caratteri, trovati 20001");
    }

    @Test
    void texts_just_within_the_limits_are_kept_whole() throws Exception {
        var code = "C".repeat(200);
        var text = planWithIndicator(indicator("100,00%", code + " - " + "T".repeat(2000), "A".repeat(20000),
                "3 N.", "4 N.", "5 N.", "≥ 6 N.", "≥ 7 N.", "≥ 8 N."));
        var plan = AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
        var indicator = plan.indicators().findFirst().orElseThrow();
        assertThat(List.of(indicator.code().length(), indicator.title().length(),
                indicator.definition().algorithm().length())).containsExactly(200, 2000, 20000);
    }

    @Test
    void a_title_in_the_layout_with_code_and_title_apart_too_long_is_refused_at_field_three() {
        var text = Tsv.text(TITLE, HEADER_APART, yearsApart("2019", "2020", "2021", "2022", "2023", "2024"),
                apart("100,00%", "1", "I".repeat(2001), "", "", "", "", "", "", ""));
        assertThat(problems(text)).containsExactly("prova.tsv, riga 4, campo 3 («Obiettivo Operativo»): titolo: al massimo 2000 caratteri,"
                + " trovati 2001");
    }
}
