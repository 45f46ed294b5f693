package it.traguardi.exchange.json;

import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.nio.charset.StandardCharsets;

/**
 * A plan small enough to score by hand, read from an alberatura. Ids follow the rows: 1 the area, 2
 * the OS, 3 and 4 its indicators (group 60%), 5 its OO (group 40%), 6 the OO's indicator. 11.2 aims
 * at exactly 6 and 7 in 2022 and 2023, and at most 4 in 2024.
 */
final class SmallPlan {

    private static final String TEXT = String.join("\n",
            "Integra_Report_Alberatura della pianificazioneProva_2022",
            "Ambito\tObiettivo strategico\tObiettivo Operativo / Indicatori OS\tIndicatori\tArgomento\tBASE LINE\t\t\tTARGET\t\t\t",
            "\t\t\t\t\t2019\t2020\t2021\t2022\t2023\t2024\t",
            "100,00%\t1 - Imprese\t\t\t\t\t\t\t\t\t\t",
            "100,00%\t11 - Export\t\t\t\t\t\t\t\t\t\t",
            "60,00%\tIndicatori\t\t\t\t\t\t\t\t\t\t",
            "50,00%\t11.1 - Pratiche\t\tN. pratiche\t\t3 N.\t4 N.\t5 N.\t≥ 10 N.\t≥ 11 N.\t≥ 12 N.\t",
            "50,00%\t11.2 - Fiere\t\tN. fiere\t\t3 N.\t4 N.\t5 N.\t= 6 N.\t= 7 N.\t≤ 4 N.\t",
            "40,00%\tObiettivi operativi\t\t\t\t\t\t\t\t\t\t",
            "100,00%\t11.3 - Progetti\t\t\t\t\t\t\t\t\t\t",
            "100,00%\t11.3.1 - Progetti avviati\t\tN. progetti\t\t1 N.\t2 N.\t3 N.\t≥ 5 N.\t≥ 6 N.\t≥ 7 N.\t",
            "");

    private SmallPlan() {
    }

    static Plan read() throws Exception {
        return readWith("", "");
    }

    /** The plan with one cell's text replaced by another, as a file could write it. */
    static Plan readWith(String cell, String replacement) throws Exception {
        var text = cell.isEmpty() ? TEXT : TEXT.replace(cell, replacement);
        return AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
    }
}
