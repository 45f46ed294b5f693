package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

/** Files that must be refused safely, each with its sheet, row and column, and nothing read. */
class HostileWorkbookTest {

    private static final TemplateMark PROVA = new TemplateMark("piano", "Prova", "2022", "");
    private static final List<Object> HEADER = List.of("Ambito", "Obiettivo strategico",
            "Obiettivo Operativo / Indicatori OS", "Indicatori", "Argomento", "BASE LINE", "", "", "TARGET", "", "", "");

    @Test
    void a_file_that_is_not_a_zip_is_refused_as_no_spreadsheet() {
        var bytes = "Ambito\tObiettivo\n".getBytes(StandardCharsets.UTF_8);

        assertThat(Problems.of(() -> ImportFiles.plan("piano.xlsx", bytes, Overrides.NONE))).containsExactly(
                "piano.xlsx: «piano.xlsx» non è un file XLSX valido (non è un archivio zip leggibile): salvarlo come "
                        + "«Cartella di lavoro Excel (.xlsx)»");
    }

    @Test
    void a_zip_that_only_starts_like_one_is_refused_too() {
        var bytes = new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0};

        assertThat(Problems.in(Locale.ENGLISH, () -> PlanWorkbookReader.read("x.xlsx", bytes, Overrides.NONE)))
                .containsExactly("x.xlsx: \"x.xlsx\" is not a valid XLSX file (not a readable zip archive): save it as "
                        + "\"Excel Workbook (.xlsx)\"");
    }

    @Test
    void a_zip_whose_parts_use_a_compression_no_spreadsheet_writes_is_refused_as_no_spreadsheet() throws Exception {
        // found by fuzzing: a part declared as zstd (93) needed a library Traguardi does not ship and the
        // reading ended in a NoClassDefFoundError; xz (95) likewise
        for (int method : new int[] {93, 95}) {
            var bytes = withMethod(Workbooks.of("Valori", List.of(List.of("Codice")), null), method);

            assertThat(Problems.of(() -> ValuesWorkbookReader.read("valori.xlsx", bytes, "Modena", 2022, null)))
                    .containsExactly("valori.xlsx: «valori.xlsx» non è un file XLSX valido (non è un archivio zip "
                            + "leggibile): salvarlo come «Cartella di lavoro Excel (.xlsx)»");
            assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE))).hasSize(1);
        }
    }

    /** The zip with the compression method of every part, in its local and central headers, set to {@code method}. */
    private static byte[] withMethod(byte[] zip, int method) {
        var out = zip.clone();
        for (int i = 0; i + 12 < out.length; i++) {
            if (out[i] == 'P' && out[i + 1] == 'K' && (out[i + 2] == 3 && out[i + 3] == 4 || out[i + 2] == 1 && out[i + 3] == 2)) {
                int at = i + (out[i + 2] == 3 ? 8 : 10);
                out[at] = (byte) method;
                out[at + 1] = 0;
            }
        }
        return out;
    }

    @Test
    void a_zip_bomb_is_refused_once_it_unpacks_past_the_bound() throws Exception {
        // 100 MiB of zeros pack into about 100 KiB: the bound is counted on what is unpacked, not on what is declared
        var bomb = Workbooks.zipBomb(100L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThat(Problems.of(() -> PlanWorkbookReader.read("bomba.xlsx", bomb, Overrides.NONE))).containsExactly(
                "bomba.xlsx: il file XLSX decompresso supera 64 MiB: non è un modello di Traguardi (forse un archivio "
                        + "costruito per esplodere)");
    }

    @Test
    void a_sheet_of_a_million_rows_stops_at_the_first_row_past_the_bound() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Prova", "1.0")) {
            var sheet = workbook.newWorksheet("Piano");
            for (int r = 0; r < 1_000_000; r++) {
                sheet.value(r, 0, 1);
            }
        }

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", out.toByteArray(), Overrides.NONE)))
                .containsExactly("piano.xlsx [Piano], riga 10001: il foglio ha più di 10.000 righe: lettura interrotta, "
                        + "nulla è stato registrato");
    }

    @Test
    void merged_cells_are_refused_with_their_sheet_row_and_column() {
        var bytes = Workbooks.of("Piano", List.of(HEADER, List.of("100,00%", "1 - Imprese")), PROVA,
                sheet -> sheet.range(1, 1, 2, 3).merge());

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE))).containsExactly(
                "piano.xlsx [Piano], riga 2, colonna B («Obiettivo strategico»): celle unite (B2:D3): separarle, ogni valore deve stare nella sua cella");
    }

    @Test
    void a_formula_where_a_number_is_expected_is_refused_with_its_cell() {
        var bytes = Workbooks.of("Piano", List.of(HEADER, List.of(new Workbooks.Formula("50%*2"), "1 - Imprese")), PROVA);

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE))).containsExactly(
                "piano.xlsx [Piano], riga 2, colonna A («Ambito»): la cella A2 contiene una formula («=50%*2»): scrivere il valore, "
                        + "non la formula");
    }

    @Test
    void an_empty_required_cell_is_refused_as_in_the_tsv_with_its_row_and_column() {
        var bytes = Workbooks.of("Piano", List.of(List.of("Integra_Report_Alberatura della pianificazioneProva_2022"),
                HEADER, List.of("", "", "", "", "", 2019, 2020, 2021, 2022, 2023, 2024),
                List.of("", "1 - Imprese")), PROVA);

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, Overrides.NONE)))
                .containsExactly("piano.xlsx [Piano], riga 4, colonna A («Ambito»): peso mancante");
    }

    @Test
    void a_template_of_another_plan_or_year_is_refused_with_the_cells_that_say_so() throws Exception {
        var bytes = PlanWorkbook.of(seed());

        assertThat(Problems.of(() -> PlanWorkbookReader.read("piano.xlsx", bytes, new Overrides("Parma", 2023))))
                .containsExactly("piano.xlsx [Traguardi], riga 2, colonna B («ente»): il modello è dell'ente «Modena», non di «Parma»",
                        "piano.xlsx [Traguardi], riga 3, colonna B («anno»): il modello è del piano 2022, non del 2023");
    }

    @Test
    void a_values_template_is_not_taken_for_a_plan() throws Exception {
        var plan = seed();
        var bytes = ValuesWorkbook.write(plan, new it.traguardi.core.measure.Period.Year(2022), List.of());

        assertThat(Problems.of(() -> ImportFiles.plan("valori.xlsx", bytes, Overrides.NONE))).containsExactly(
                "valori.xlsx [Traguardi], riga 1, colonna B («modello»): il file è un modello «valori», qui serve un modello «piano»");
    }

    @Test
    void a_tsv_named_xlsx_by_mistake_is_still_refused_without_a_crash_and_a_real_tsv_is_read() throws Exception {
        var tsv = DemoData.modena2022();
        assertThat(ImportFiles.plan("modena.tsv", tsv, Overrides.NONE).plan()).isEqualTo(seed());
        var problems = new ArrayList<>(Problems.of(() -> ImportFiles.plan("modena.xlsx", tsv, Overrides.NONE)));
        assertThat(problems).hasSize(1).first().asString().startsWith("modena.xlsx: «modena.xlsx» non è un file XLSX valido");
    }

    private static Plan seed() throws Exception {
        return AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
    }
}
