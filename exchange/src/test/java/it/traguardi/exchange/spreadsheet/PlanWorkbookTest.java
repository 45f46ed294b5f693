package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class PlanWorkbookTest {

    private static final String HEADER = "Ambito\tObiettivo strategico\tObiettivo Operativo / Indicatori OS\tIndicatori"
            + "\tArgomento\tBASE LINE\t\t\tTARGET\t\t\t";
    private static final TemplateMark PROVA = new TemplateMark("piano", "Prova", "2022", "");

    @Test
    void the_seed_plan_exported_as_a_template_reads_back_equal_to_its_tsv_import() throws Exception {
        var tsv = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();

        var xlsx = PlanWorkbookReader.read("piano.xlsx", PlanWorkbook.of(tsv), Overrides.NONE).plan();

        assertThat(xlsx).isEqualTo(tsv);
    }

    @Test
    void a_template_filled_with_numbers_units_and_kinds_reads_as_the_same_plan_written_in_text() throws Exception {
        var text = String.join("\n", "Integra_Report_Alberatura della pianificazioneProva_2022", HEADER,
                "\t\t\t\t\t2019\t2020\t2021\t2022\t2023\t2024\t",
                "100,00%\t1 - Imprese\t\t\t\t\t\t\t\t\t\t",
                "100,00%\t11 - Export\t\t\t\t\t\t\t\t\t\t",
                "100,00%\tIndicatori\t\t\t\t\t\t\t\t\t\t",
                "50,00%\t11.1 - Pratiche\t\tN. pratiche\t\t3 N.\t4 N.\t5 N.\t≥ 10 N.\t≥ 11 N.\t≥ 12 N.\t",
                "50,00%\t11.2 - Quota\t\tQuota\t\t3,5%\t4%\t5%\t≤ 10,5%\t≤ 11%\t≤ 12%\t",
                "");
        var expected = AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
        var percent = "0.00%";
        var rows = List.<List<Object>>of(
                List.of("Integra_Report_Alberatura della pianificazioneProva_2022"),
                List.of("Ambito"), List.of("", "", "", "", "", 2019, 2020, 2021, 2022, 2023, 2024),
                List.of(new Workbooks.Formatted(1, percent), "1 - Imprese"),
                List.of("100,00%", "11 - Export"),
                List.of(new Workbooks.Formatted(1, percent), "Indicatori"),
                List.of(new Workbooks.Formatted(0.5, percent), "11.1 - Pratiche", "", "N. pratiche", "", 3, 4, 5, 10, 11,
                        12, "", "N.", "≥"),
                List.of("50,00%", "11.2 - Quota", "", "Quota", "", 3.5, 4, 5, 10.5, "11", 12, "", "%", "≤"));
        // the header row needs its twelve cells for the reader to know the layout
        var filled = new ArrayList<>(rows);
        filled.set(1, List.of("Ambito", "Obiettivo strategico", "Obiettivo Operativo / Indicatori OS", "Indicatori",
                "Argomento", "BASE LINE", "", "", "TARGET", "", "", ""));

        var plan = PlanWorkbookReader.read("piano.xlsx", Workbooks.of("Piano", filled, PROVA), Overrides.NONE).plan();

        // 100% typed as a percentage is the weight 100,00%; the composed targets are written as the text file writes them
        assertThat(plan.indicators().map(i -> i.definition().targetWritings().toString()).toList())
                .containsExactly("{2022=≥ 10 N., 2023=≥ 11 N., 2024=≥ 12 N.}", "{2022=≤ 10,5%, 2023=≤ 11%, 2024=≤ 12%}");
        assertThat(plan.indicators().map(i -> i.definition().baselines().values().stream().map(ItalianFormat::format)
                .toList()).toList()).isEqualTo(expected.indicators().map(i -> i.definition().baselines().values()
                .stream().map(ItalianFormat::format).toList()).toList());
        assertThat(plan.areas().getFirst().weight().compareTo(expected.areas().getFirst().weight())).isZero();
        assertThat(plan.indicators().map(i -> i.definition().targets()).toList())
                .isEqualTo(expected.indicators().map(i -> i.definition().targets()).toList());
    }

    @Test
    void the_empty_template_has_its_mark_a_frozen_header_and_drop_down_lists_of_units_and_kinds() throws Exception {
        var bytes = PlanWorkbook.blank("Modena", 2023);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(TemplateMark.read(workbook)).contains(new TemplateMark("piano", "Modena", "2023", ""));
            var rows = workbook.findSheet("Piano").orElseThrow().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Integra_Report_Alberatura della pianificazioneModena_2023");
            var years = rows.stream().filter(r -> r.getRowNum() == 4).findFirst().orElseThrow();
            assertThat(java.util.stream.IntStream.range(0, 11).mapToObj(years::getCellText).toList())
                    .containsExactly("", "", "", "", "", "2020", "2021", "2022", "2023", "2024", "2025");
            assertThat(workbook.getSheets().map(s -> s.getName() + ":" + s.getVisibility()).toList())
                    .containsExactly("Piano:VISIBLE", "Elenchi:HIDDEN", "Traguardi:HIDDEN");
        }
        var sheet = entry(bytes, "xl/worksheets/sheet1.xml");
        // rows 1-4 are the title, a blank row, the header and the years: the panes freeze them, the lists start below
        assertThat(sheet).contains("state=\"frozen\"").contains("topLeftCell=\"A5\"");
        assertThat(sheet).contains("sqref=\"M5:M505\" type=\"list\"").contains("sqref=\"N5:N505\" type=\"list\"")
                .contains("'Elenchi'!$A$1:$A$6").contains("'Elenchi'!$B$1:$B$5").contains("errorStyle=\"stop\"")
                .doesNotContain("\"null\"");
    }

    @Test
    void an_empty_template_read_back_asks_for_its_rows() throws Exception {
        var problems = Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", PlanWorkbook.blank("Modena", 2023),
                Overrides.NONE));

        assertThat(problems).containsExactly("piano.xlsx [Piano]: il file non contiene righe di dati");
    }

    @Test
    void a_title_or_code_that_would_run_as_a_formula_is_written_marked_and_read_back_as_it_was() throws Exception {
        var text = String.join("\n", "Integra_Report_Alberatura della pianificazioneProva_2022", HEADER,
                "\t\t\t\t\t2019\t2020\t2021\t2022\t2023\t2024\t",
                "100,00%\t'=1+1 - @Imprese\t\t\t\t\t\t\t\t\t\t",
                "100,00%\t'+11 - Export\t\t\t\t\t\t\t\t\t\t",
                "100,00%\tIndicatori\t\t\t\t\t\t\t\t\t\t",
                "100,00%\t11.1 - Pratiche\t\t'=HYPERLINK(\"x\")\t\t3 N.\t4 N.\t5 N.\t≥ 10 N.\t≥ 11 N.\t≥ 12 N.\t", "");
        var plan = AlberaturaReader.read("prova.tsv", text.getBytes(StandardCharsets.UTF_8), Overrides.NONE).plan();
        var bytes = PlanWorkbook.of(plan);

        assertThat(entry(bytes, "xl/sharedStrings.xml")).contains("&apos;=1+1 - @Imprese").contains("&apos;=HYPERLINK");
        var back = PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE).plan();
        assertThat(back).isEqualTo(plan);
        assertThat(back.areas().getFirst().code()).isEqualTo("=1+1");
        assertThat(back.indicators().findFirst().orElseThrow().definition().algorithm()).isEqualTo("=HYPERLINK(\"x\")");
    }

    static String entry(byte[] bytes, String name) throws Exception {
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
                var in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
