package it.traguardi.exchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.values.ValuesCsv;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a values template names its sheet, row and column as the spreadsheet shows them
 * (letter and header), never the CSV's field; a damaged cell is refused with its place, never read
 * as an empty or unreadable file.
 */
class ValuesWorkbookPlacesTest {

    private static final TemplateMark JUNE = new TemplateMark("valori", "Modena", "2022", "2022-06-30");
    private static final List<Object> HEADER = List.of("Codice", "Indicatore o misura", "Unità", "Target", "Valore",
            "Motivo");
    private ValueEntry entry;

    @BeforeEach
    void modena() throws Exception {
        var plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        entry = ValueEntry.forPlan(plan, List.of(), Instant.parse("2022-07-01T10:00:00Z"));
    }

    @Test
    void a_bad_row_names_the_column_letter_and_header_in_italian_and_english() throws Exception {
        var bytes = Workbooks.of("Valori", List.of(HEADER, List.of("NOPE", "", "", "", 5),
                List.of("D1.1_10", "", "", "", "abc")), JUNE);

        var reading = ValuesWorkbookReader.read("valori.xlsx", bytes, "Modena", 2022, entry);

        assertThat(rendered(reading, "it")).containsExactly(
                "valori.xlsx [Valori], riga 2, colonna A («Codice»): «NOPE» non è il codice di un indicatore del piano né "
                        + "di una misura",
                "valori.xlsx [Valori], riga 3, colonna E («Valore»): numero non leggibile: «abc» (usare il formato "
                        + "italiano, es. 1.234,56)");
        assertThat(rendered(reading, "en")).containsExactly(
                "valori.xlsx [Valori], line 2, column A (\"Codice\"): \"NOPE\" is neither the code of an indicator of the "
                        + "plan nor of a measure",
                "valori.xlsx [Valori], line 3, column E (\"Valore\"): unreadable number: «abc» (use the Italian format, "
                        + "e.g. 1.234,56)");
        // the CSV's names of the fields stay, for the API
        assertThat(reading.problems()).extracting(ValuesCsv.LineProblem::field).containsExactly("code", "value");
    }

    @Test
    void a_period_outside_the_plan_year_names_the_cell_of_the_mark() throws Exception {
        var bytes = Workbooks.of("Valori", List.of(HEADER, List.of("D1.1_10", "", "", "", 5)),
                new TemplateMark("valori", "Modena", "2022", "2023-06-30"));

        var reading = ValuesWorkbookReader.read("valori.xlsx", bytes, "Modena", 2022, entry);

        assertThat(rendered(reading, "it")).containsExactly("valori.xlsx [Valori], riga 2: foglio «Traguardi», riga 4, "
                + "colonna B («periodo»): "
                + "il periodo 2023-06-30 non è nell'anno del piano 2022");
    }

    @Test
    void a_number_that_is_not_finite_is_refused_with_its_sheet_row_and_column() throws Exception {
        for (var bad : List.of("NaN", "INF", "-Infinity", "1,5")) {
            var bytes = Workbooks.edit(Workbooks.of("Valori", List.of(HEADER, List.of("D1.1_10", "", "", "", 7)), JUNE),
                    "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("(<c r=\"E2\"[^>]*>)<v>7</v>", "$1<v>" + bad + "</v>"));

            assertThat(Problems.of(() -> ImportFiles.values("valori.xlsx", bytes, "Modena", 2022, entry))).containsExactly(
                    "valori.xlsx [Valori], riga 2, colonna E («Valore»): la cella E2 contiene «" + bad
                            + "», che non è un numero finito: scrivere un numero");
        }
        var nan = Workbooks.edit(Workbooks.of("Valori", List.of(HEADER, List.of("D1.1_10", "", "", "", 7)), JUNE),
                "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("(<c r=\"E2\"[^>]*>)<v>7</v>", "$1<v>NaN</v>"));
        assertThat(Problems.in(Locale.ENGLISH, () -> ImportFiles.values("valori.xlsx", nan, "Modena", 2022, entry)))
                .containsExactly("valori.xlsx [Valori], line 2, column E (\"Valore\"): cell E2 holds \"NaN\", which is not "
                        + "a finite number: type a number");
    }

    @Test
    void a_shared_text_past_the_table_is_refused_as_a_damaged_file_with_its_place() throws Exception {
        var written = Workbooks.of("Valori", List.of(HEADER, List.of("D1.1_10", "", "", "", "", "perché sì")), JUNE);
        var bytes = Workbooks.edit(written, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"F2\"[^>]*t=\"s\"[^>]*>)<v>\\d+</v>", "$1<v>999</v>"));

        assertThat(Problems.of(() -> ImportFiles.values("valori.xlsx", bytes, "Modena", 2022, entry))).containsExactly(
                "valori.xlsx [Valori], riga 2, colonna F («Motivo»): la cella F2 rimanda al testo condiviso n. 999, ma il "
                        + "file ne contiene 18: il file è danneggiato, ripartire dal modello scaricato");
        // the file as written reads: its reason alone, with no value, is a row of the CSV
        assertThat(ValuesWorkbookReader.read("valori.xlsx", written, "Modena", 2022, entry).problems()).hasSize(1);
    }

    @Test
    void the_kind_of_a_file_is_decided_by_its_name_then_its_content() throws Exception {
        var zip = Workbooks.of("Valori", List.of(HEADER), JUNE);
        var csv = "code;period;value\n".getBytes(StandardCharsets.UTF_8);
        var json = "\uFEFF {\"schema\": \"traguardi.plan/1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(ImportFiles.kind("valori.xlsx", csv)).isEqualTo(ImportFiles.Kind.SPREADSHEET);
        assertThat(ImportFiles.kind("VALORI.XLSX", csv)).isEqualTo(ImportFiles.Kind.SPREADSHEET);
        assertThat(ImportFiles.kind("upload", zip)).isEqualTo(ImportFiles.Kind.SPREADSHEET);
        assertThat(ImportFiles.kind("valori.csv", zip)).isEqualTo(ImportFiles.Kind.TEXT);
        assertThat(ImportFiles.kind("piano.json", csv)).isEqualTo(ImportFiles.Kind.JSON);
        assertThat(ImportFiles.kind("piano", json)).isEqualTo(ImportFiles.Kind.JSON);
        assertThat(ImportFiles.kind("piano.tsv", json)).isEqualTo(ImportFiles.Kind.TEXT);
        assertThat(ImportFiles.kind("valori", csv)).isEqualTo(ImportFiles.Kind.TEXT);
    }

    @Test
    void a_file_named_xlsx_that_is_no_zip_is_refused_by_name_as_no_valid_xlsx() {
        var csv = "code;period;value\nD1.1_10;2022;5\n".getBytes(StandardCharsets.UTF_8);

        assertThat(Problems.of(() -> ImportFiles.values("giugno.xlsx", csv, "Modena", 2022, entry))).containsExactly(
                "giugno.xlsx: «giugno.xlsx» non è un file XLSX valido (non è un archivio zip leggibile): salvarlo come "
                        + "«Cartella di lavoro Excel (.xlsx)»");
        assertThat(Problems.in(Locale.ENGLISH, () -> ImportFiles.plan("piano.xlsx", csv, Overrides.NONE))).containsExactly(
                "piano.xlsx: \"piano.xlsx\" is not a valid XLSX file (not a readable zip archive): save it as "
                        + "\"Excel Workbook (.xlsx)\"");
    }

    @Test
    void a_json_given_for_a_plan_says_it_is_json_and_what_its_schema_is() {
        var planJson = "{\"schema\": \"traguardi.plan/1\", \"entity\": \"Modena\"}".getBytes(StandardCharsets.UTF_8);
        var full = "{\"schema\": \"traguardi.full/1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(Problems.of(() -> ImportFiles.plan("piano.json", planJson, Overrides.NONE))).containsExactly(
                "piano.json: il file è JSON ma non un'esportazione completa «traguardi.full/1»: il campo schema dice "
                        + "«traguardi.plan/1»");
        assertThat(Problems.of(() -> ImportFiles.plan("lista.json", "[1, 2]".getBytes(StandardCharsets.UTF_8),
                Overrides.NONE))).containsExactly("lista.json: il file è JSON ma non un'esportazione completa "
                        + "«traguardi.full/1»: il documento deve essere un oggetto JSON");
        assertThat(Problems.of(() -> ImportFiles.plan("export", full, Overrides.NONE))).containsExactly(
                "export: il file è un'esportazione completa di Traguardi («traguardi.full/1»), non un'alberatura: "
                        + "importarla con «traguardi import FILE.json» o dalla pagina «Nuovo piano», sezione «Da un'esportazione "
                        + "completa (JSON)»");
    }

    private static List<String> rendered(ValuesCsv.Reading reading, String language) {
        var m = Messages.forLanguage(language);
        // as the command line prints them
        return ImportProblem.renderGrouped(reading.problems().stream().map(p -> p.in("valori.xlsx [Valori]")).toList(), m);
    }
}
