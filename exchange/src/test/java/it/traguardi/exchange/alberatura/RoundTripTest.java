package it.traguardi.exchange.alberatura;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.exchange.DemoData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    @Test
    void importing_the_export_of_the_seed_gives_an_identical_plan() throws Exception {
        var first = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        var exported = AlberaturaWriter.write(first);
        var second = AlberaturaReader.read("export", exported.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_export_holds_the_seed_rows_in_order_with_the_same_cells() throws Exception {
        var seedText = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
        var plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        var exported = AlberaturaWriter.write(plan);
        assertThat(dataRows(exported)).isEqualTo(dataRows(seedText));
    }

    @Test
    void the_export_has_twelve_fields_on_every_row_and_a_section_for_each_set_of_baseline_years() throws Exception {
        var plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        var lines = AlberaturaWriter.write(plan).split("\n", -1);
        assertThat(Arrays.stream(lines).filter(l -> l.contains("\t"))).allMatch(l -> l.split("\t", -1).length == 12);
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("Integra_Report")))
                .containsExactly("Integra_Report_Alberatura della pianificazioneModena_2022",
                        "Integra_Report_Alberatura della pianificazioneModena_2022");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("\t\t\t\t\t2")))
                .containsExactly("\t\t\t\t\t2018\t2020\t2021\t2022\t2023\t2024\t",
                        "\t\t\t\t\t2019\t2020\t2021\t2022\t2023\t2024\t");
    }

    /** Data rows as (weight, code - title, algorithm, 3 baselines, 3 targets), whatever the layout. */
    private static List<List<String>> dataRows(String text) {
        var out = new ArrayList<List<String>>();
        for (var line : text.split("\n")) {
            var f = line.split("\t", -1);
            if (f.length < 11 || f[0].isBlank() || f[0].equals("Ambito")) {
                continue;
            }
            var label = f.length == 11 && !f[2].isEmpty() ? f[1] + " - " + f[2] : f[1];
            var row = new ArrayList<String>(List.of(f[0], label, f[3]));
            row.addAll(Arrays.asList(f).subList(5, 11));
            out.add(row);
        }
        return out;
    }
}
