package it.traguardi.exchange.alberatura;

import static it.traguardi.exchange.alberatura.Tsv.HEADER;
import static it.traguardi.exchange.alberatura.Tsv.TITLE;
import static it.traguardi.exchange.alberatura.Tsv.bare;
import static it.traguardi.exchange.alberatura.Tsv.goodIndicator;
import static it.traguardi.exchange.alberatura.Tsv.head;
import static it.traguardi.exchange.alberatura.Tsv.indicator;
import static it.traguardi.exchange.alberatura.Tsv.years;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.check.FindingKind;
import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the reader checks of the plan as a whole: entity, year, the years of all sections, and its warnings. */
class AlberaturaReaderTest {

    private static final Messages IT = Messages.forLanguage("it");

    /** A small plan on lines 4-8. */
    private static final String[] ROWS = {bare("100,00%", "1 - Imprese"), bare("100,00%", "11 - Export"),
        bare("100,00%", "Indicatori"), goodIndicator("100,00%", "11.1 - Pratiche"), bare("0,00%", "Obiettivi operativi")};

    private static AlberaturaImport read(String text, Overrides overrides) throws ImportException {
        return AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), overrides);
    }

    private static List<String> problems(String text, Overrides overrides) {
        var e = catchThrowableOfType(ImportException.class, () -> read(text, overrides));
        assertThat(e).as("the import must be refused").isNotNull();
        return e.problems().stream().map(p -> p.render(IT)).toList();
    }

    private static String withTitle(String title) {
        return Tsv.text(List.of(title, HEADER, years("2019", "2020", "2021", "2022", "2023", "2024")), ROWS);
    }

    @Test
    void an_entity_too_long_to_store_is_refused_at_the_title_or_without_a_line_when_it_was_given() {
        var entity = "E".repeat(201);
        assertThat(problems(withTitle(TITLE.replace("Prova", entity)), Overrides.NONE)).containsExactly(
                "prova.tsv, riga 1, campo 1: ente: al massimo 200 caratteri, trovati 201");
        assertThat(problems(withTitle(TITLE), new Overrides(entity, null))).containsExactly(
                "prova.tsv, campo 1: ente: al massimo 200 caratteri, trovati 201");
    }

    @Test
    void a_plan_year_out_of_range_is_refused_at_the_title_or_without_a_line_when_it_was_given() {
        assertThat(problems(withTitle(TITLE.replace("2022", "1800")), Overrides.NONE)).containsExactly(
                "prova.tsv, riga 1, campo 1: anno fuori dall'intervallo ammesso: «1800» (anni dal 1900 al 2999)");
        assertThat(problems(withTitle(TITLE), new Overrides(null, 3000))).containsExactly(
                "prova.tsv, campo 1: anno fuori dall'intervallo ammesso: «3000» (anni dal 1900 al 2999)");
    }

    @Test
    void a_blank_entity_given_counts_as_none_so_the_titles_is_kept() throws Exception {
        var plan = read(withTitle(TITLE), new Overrides("  ", null)).plan();
        assertThat(plan.entity()).isEqualTo("Prova");
        assertThat(new Overrides(" ", 2022).entity()).isNull();
        assertThat(new Overrides(" Modena ", 2022).entity()).isEqualTo(" Modena ");
    }

    @Test
    void problems_of_the_title_come_in_line_order_with_those_of_the_rows() {
        var text = Tsv.text(List.of(TITLE.replace("_2022", ""), HEADER,
                years("2019", "2020", "2021", "2022", "2023", "2024")), bare("100,00%", "1 - Imprese"),
                bare("1x%", "11 - Export"));
        assertThat(problems(text, Overrides.NONE)).containsExactly(
                "prova.tsv, riga 1, campo 1: il titolo non indica l'anno del piano (atteso «…<Ente>_<Anno>»,"
                        + " oppure indicare --year)",
                "prova.tsv, riga 5, campo 1 («Ambito»): peso non leggibile: «1x%» (formato 33,33%)");
    }

    @Test
    void a_file_of_headers_without_rows_is_refused() {
        assertThat(problems(Tsv.text(head().toArray(String[]::new)), Overrides.NONE))
                .containsExactly("prova.tsv: il file non contiene righe di dati");
    }

    /** Sections after the plan's, each with three baseline years of its own: 2000-2002, 2003-2005, ... */
    private static List<String> sectionsOfBaselineYears(int sections) {
        var lines = new ArrayList<String>();
        IntStream.range(0, sections).forEach(k -> {
            lines.add(HEADER);
            lines.add(years(String.valueOf(2000 + 3 * k), String.valueOf(2001 + 3 * k), String.valueOf(2002 + 3 * k),
                    "2022", "2023", "2024"));
        });
        return lines;
    }

    @Test
    void a_plan_may_have_forty_baseline_years_but_not_more() throws Exception {
        // 2019-2021 of the plan's section, then 2000-2038 in 13 sections: 2019-2021 are among them, so 39
        var lines = new ArrayList<>(Tsv.text(head(), ROWS).lines().toList());
        lines.addAll(sectionsOfBaselineYears(13));
        lines.addAll(List.of(HEADER, years("2037", "2038", "2039", "2022", "2023", "2024")));
        assertThat(read(String.join("\n", lines), Overrides.NONE).plan().baselineYears()).hasSize(40);

        lines.addAll(List.of(HEADER, years("2038", "2039", "2040", "2022", "2023", "2024")));
        assertThat(problems(String.join("\n", lines), Overrides.NONE))
                .containsExactly("prova.tsv: troppi anni di baseline nel piano: 41, al massimo 40");
    }

    @Test
    void a_plan_may_have_forty_target_years_but_not_more() {
        var lines = new ArrayList<>(Tsv.text(head(), ROWS).lines().toList());
        IntStream.range(0, 14).forEach(k -> {
            lines.add(HEADER);
            lines.add(years("2019", "2020", "2021", String.valueOf(2100 + 3 * k), String.valueOf(2101 + 3 * k),
                    String.valueOf(2102 + 3 * k)));
        });
        // 2022-2024 and 2100-2141
        assertThat(problems(String.join("\n", lines), Overrides.NONE))
                .containsExactly("prova.tsv: troppi anni di target nel piano: 45, al massimo 40");
    }

    @Test
    void the_warnings_of_an_import_are_the_anomalies_of_the_file_not_every_check() throws Exception {
        // no baseline at all (MISSING_BASELINE) and a target below the baseline (TARGET_NOT_CHALLENGING) are
        // for `check`; a code missing, an algorithm no formula can be derived from and a weight sum are the import's
        var text = Tsv.text(head(), bare("100,00%", "1 - Imprese"), bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                indicator("60,00%", "Pratiche", "N. pratiche", "", "", "", "≥ 6 N.", "≥ 7 N.", "≥ 8 N."),
                indicator("30,00%", "11.2 - Fiere", "N. fiere", "9 N.", "9 N.", "9 N.", "≥ 6 N.", "≥ 7 N.", "≥ 8 N."),
                bare("0,00%", "Obiettivi operativi"));
        assertThat(read(text, Overrides.NONE).warnings()).extracting(f -> f.kind()).containsExactlyInAnyOrder(
                FindingKind.MISSING_CODE, FindingKind.WEIGHT_SUM, FindingKind.ALGORITHM_UNREADABLE,
                FindingKind.ALGORITHM_UNREADABLE);
    }
}
