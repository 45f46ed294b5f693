package it.traguardi.exchange.alberatura;

import java.nio.charset.StandardCharsets;
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

    static byte[] file(String... lines) {
        return text(lines).getBytes(StandardCharsets.UTF_8);
    }
}
