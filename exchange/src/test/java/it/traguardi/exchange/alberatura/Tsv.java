package it.traguardi.exchange.alberatura;

import java.util.ArrayList;
import java.util.List;

/** Small alberatura files written line by line for tests, in the seed's layouts. */
final class Tsv {

    static final String TITLE = "Integra_Report_Alberatura della pianificazioneProva_2022";
    /** The 12-field header of the seed's first section, as the writer writes it. */
    static final String HEADER = "Ambito\tObiettivo strategico\tObiettivo Operativo / Indicatori OS\tIndicatori\tArgomento"
            + "\tBASE LINE\t\t\tTARGET\t\t\t";
    /** The 11-field header, with code and title apart. */
    static final String HEADER_APART = "Ambito\tObiettivo strategico\tObiettivo Operativo\tIndicatori\tArgomento"
            + "\tBASE LINE\t\t\tTARGET\t\t";

    private Tsv() {
    }

    /** Lines 1-3 of a file: the title, the 12-field header and the years 2019-2021 and 2022-2024. */
    static List<String> head() {
        return List.of(TITLE, HEADER, years("2019", "2020", "2021", "2022", "2023", "2024"));
    }

    /** An indicator row whose values reach its targets, for the rows around what a test is about. */
    static String goodIndicator(String weight, String label) {
        return indicator(weight, label, "N. pratiche", "3 N.", "4 N.", "5 N.", "≥ 6 N.", "≥ 7 N.", "≥ 8 N.");
    }

    /** The years line of a 12-field section: three baseline years, then three target years. */
    static String years(String... six) {
        return "\t\t\t\t\t" + String.join("\t", six) + "\t";
    }

    /** The years line of an 11-field section. */
    static String yearsApart(String... six) {
        return "\t\t\t\t\t" + String.join("\t", six);
    }

    /** A row without algorithm or values (area, objective or marker) in the 12-field layout. */
    static String bare(String weight, String label) {
        return weight + "\t" + label + "\t\t\t\t\t\t\t\t\t\t";
    }

    /** An indicator row in the 12-field layout: three baselines, then three targets. */
    static String indicator(String weight, String label, String algorithm, String... six) {
        var cells = new ArrayList<>(List.of(weight, label, "", algorithm, ""));
        cells.addAll(List.of(six));
        cells.add("");
        return String.join("\t", cells);
    }

    /** A row in the 11-field layout: code and title apart, then the algorithm and six values. */
    static String apart(String weight, String code, String title, String algorithm, String... six) {
        var cells = new ArrayList<>(List.of(weight, code, title, algorithm, ""));
        cells.addAll(List.of(six));
        return String.join("\t", cells);
    }

    /** The lines as a file, each ended by a line feed. */
    static String text(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static String text(List<String> head, String... rows) {
        var lines = new ArrayList<>(head);
        lines.addAll(List.of(rows));
        return text(lines.toArray(String[]::new));
    }
}
