package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.exchange.alberatura.Overrides;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A plan template's problems name the cell as the spreadsheet shows it: sheet, row, column letter
 * and the column's header (with the year below it, for a baseline or a target), never the field
 * number of the TSV the rows are read as.
 */
class PlanWorkbookPlacesTest {

    private static final TemplateMark PROVA = new TemplateMark("piano", "Prova", "2022", "");
    private static final List<Object> HEADER = List.of("Ambito", "Obiettivo strategico",
            "Obiettivo Operativo / Indicatori OS", "Indicatori", "Argomento", "BASE LINE", "", "", "TARGET", "", "", "");

    /** Rows 1-3 title, header and years; then an area, an OS, the marker and the indicator given (row 7). */
    private static byte[] template(String weight, Object target2023) {
        var indicator = new ArrayList<Object>(List.of(weight, "11.1 - Pratiche", "", "N. pratiche", "", "3 N.", "4 N.",
                "5 N.", "≥ 6 N."));
        indicator.add(target2023);
        indicator.add("≥ 8 N.");
        return Workbooks.of("Piano", List.of(List.of("Integra_Report_Alberatura della pianificazioneProva_2022"),
                HEADER, List.of("", "", "", "", "", 2019, 2020, 2021, 2022, 2023, 2024),
                List.of("100,00%", "1 - Imprese"), List.of("100,00%", "11 - Export"), List.of("100,00%", "Indicatori"),
                indicator), PROVA);
    }

    @Test
    void a_bad_weight_and_a_bad_target_name_sheet_row_column_letter_and_header() {
        var bytes = template("10x%", "=> 7 N.");

        // column A is headed «Ambito» in the alberatura's header; column J is the target of 2023, under «TARGET»
        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE))).containsExactly(
                "piano.xlsx [Piano], riga 7, colonna A («Ambito»): peso non leggibile: «10x%» (formato 33,33%)",
                "piano.xlsx [Piano], riga 7, colonna J («TARGET 2023»): operatore sconosciuto: «=>» (ammessi ≥, >=, >, "
                        + "≤, <=, <, =, almeno, non inferiore a, non superiore a, entro il, tra … e …)");
        assertThat(Problems.in(Locale.ENGLISH, () -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE)))
                .first().asString().startsWith("piano.xlsx [Piano], line 7, column A (\"Ambito\"): unreadable weight");
    }

    @Test
    void a_formula_in_a_target_cell_names_the_column_by_its_header_and_year() {
        var bytes = template("100,00%", new Workbooks.Formula("6+1"));

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE))).containsExactly(
                "piano.xlsx [Piano], riga 7, colonna J («TARGET 2023»): la cella J7 contiene una formula («=6+1»): "
                        + "scrivere il valore, non la formula");
    }

    @Test
    void the_same_problem_on_many_rows_is_told_once_with_its_rows() {
        var rows = new ArrayList<List<Object>>(List.of(List.of("Integra_Report_Alberatura della pianificazioneProva_2022"),
                HEADER, List.of("", "", "", "", "", 2019, 2020, 2021, 2022, 2023, 2024)));
        rows.add(List.of("", "1 - Imprese"));
        rows.add(List.of("", "2 - Export"));
        var bytes = Workbooks.of("Piano", List.copyOf(rows), PROVA);

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE)))
                .containsExactly("piano.xlsx [Piano], righe 4-5, colonna A («Ambito»): peso mancante");
    }
}
