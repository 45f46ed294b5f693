package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template plan|values, and the filled templates given back to import and values import. */
class TemplateCommandTest {

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    @Test
    void a_values_template_filled_by_the_office_is_stored_and_scores_as_the_same_csv() throws Exception {
        var template = folder.resolve("valori.xlsx");
        var written = cli.run("template", "values", "--entity", "Modena", "--year", "2022", "--period", "2022",
                "--output", template.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        // every measure of the formulas and every indicator without a formula: nothing is recorded yet
        assertThat(written.err()).contains("109 righe in attesa per il periodo 2022.");

        // the same four values as ValuesAndScoreTest's CSV, with the reasons of the two that fall short; the two
        // indicators with a formula are not in the template (their measures are), so the office adds their rows
        var filled = cli.write("compilato.xlsx", fill(Files.readAllBytes(template), Map.of(
                "D1.1_10", List.of(880, ""), "31.D1.2.4", List.of(12, "nuovo portale dei certificati"),
                "301.50", List.of(13_147_300_000L, ""), "31.D1.1.2", List.of(64, "corsi rinviati"))));
        var outcome = cli.run("values", "import", filled.toString(), "--entity", "Modena", "--year", "2022");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Registrati 4 valori per Modena 2022");
        var root = cli.scores("Modena", 2022);
        assertThat(CommandLineRun.find(root, "31.D1.2.4").get("achievement").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(CommandLineRun.find(root, "301.50").get("achievement").decimalValue()).isEqualByComparingTo("99.60");
        // as with the CSV: 50% indicators (99.60) + 50% operational objectives ((91.43 + 80) / 2)
        assertThat(root.get("achievement").decimalValue()).isEqualByComparingTo("92.66");
        // the next template of the period leaves out the two rows of it now recorded (D1.1_10, 301.50)
        var again = cli.run("template", "values", "--entity", "Modena", "--year", "2022", "--period", "2022",
                "--output", template.toString());
        assertThat(again.err()).contains("107 righe in attesa per il periodo 2022.");
    }

    @Test
    void a_bad_row_of_a_values_template_is_refused_with_sheet_row_and_field_and_nothing_is_stored() throws Exception {
        var template = folder.resolve("valori.xlsx");
        cli.succeeded("template", "values", "--entity", "Modena", "--year", "2022", "--period", "2022-06-30",
                "--output", template.toString());
        var filled = cli.write("valori-giugno.xlsx", fill(Files.readAllBytes(template), Map.of(
                "D1.1_10", List.of(880, ""), "301.50", List.of("tredici", ""))));

        var outcome = cli.run("values", "import", filled.toString(), "--entity", "Modena", "--year", "2022");

        assertThat(outcome.exitCode()).isEqualTo(65);
        // the column as the template shows it, not the CSV's field
        assertThat(outcome.err()).containsPattern("valori-giugno\\.xlsx \\[Valori\\], riga \\d+, colonna E \\(«Valore»\\): "
                + "numero non leggibile: «tredici»").doesNotContain("campo value")
                .contains("1 errore: nessun valore registrato.");
        assertThat(cli.scores("Modena", 2022, "--period", "2022-06-30").get("achievement").isNull()).isTrue();
    }

    @Test
    void the_stored_plan_as_a_template_imports_again_as_the_same_plan_and_another_plan_is_refused() throws Exception {
        var template = folder.resolve("piano.xlsx");
        cli.succeeded("template", "plan", "--entity", "Modena", "--year", "2022", "--output", template.toString());

        var same = cli.run("import", template.toString(), "--replace", "--dry-run");
        assertThat(same.exitCode()).as(same.err()).isZero();
        // recognised node by node as the TSV export is: nothing moves, nothing is new or gone
        assertThat(same.out()).contains("Il piano Modena 2022 verrebbe sostituito").doesNotContain("nuovo:")
                .doesNotContain("eliminato:");

        var other = cli.run("import", template.toString(), "--entity", "Parma", "--year", "2023");
        assertThat(other.exitCode()).isEqualTo(65);
        assertThat(other.err().lines().toList()).containsExactly(
                "piano.xlsx [Traguardi], riga 2, colonna B («ente»): il modello è dell'ente «Modena», non di «Parma»",
                "piano.xlsx [Traguardi], riga 3, colonna B («anno»): il modello è del piano 2022, non del 2023");
    }

    @Test
    void an_empty_plan_template_needs_no_database_plan_and_a_file_that_is_no_zip_is_refused_in_one_line() throws Exception {
        var template = folder.resolve("nuovo.xlsx");
        cli.succeeded("template", "plan", "--output", template.toString());
        assertThat(Files.readAllBytes(template)).startsWith('P', 'K', 3, 4);

        var fake = cli.write("finto.xlsx", "non sono un foglio di calcolo");
        var outcome = cli.run("import", fake.toString(), "--entity", "Parma", "--year", "2023");

        assertThat(outcome.exitCode()).isEqualTo(65);
        assertThat(outcome.err().lines().toList()).containsExactly("finto.xlsx: «finto.xlsx» non è un file XLSX valido "
                + "(non è un archivio zip leggibile): salvarlo come «Cartella di lavoro Excel (.xlsx)»");
        assertThat(cli.run("plans").out()).doesNotContain("Parma");
    }

    /**
     * The template as an office gives it back: every sheet's cells written again with fastexcel,
     * with the value and reason of each code given in columns E and F; the codes the template does
     * not list are added as rows below it, as a user may.
     */
    static byte[] fill(byte[] template, Map<String, List<Object>> values) throws Exception {
        var out = new ByteArrayOutputStream();
        var found = new HashSet<String>();
        try (var in = new ReadableWorkbook(new ByteArrayInputStream(template));
                var workbook = new Workbook(out, "Prova", "1.0")) {
            for (var sheet : in.getSheets().toList()) {
                var ws = workbook.newWorksheet(sheet.getName());
                for (var row : sheet.read()) {
                    int r = row.getRowNum() - 1;
                    for (int c = 0; c < row.getCellCount(); c++) {
                        var text = row.getCellText(c);
                        if (!text.isEmpty()) {
                            ws.value(r, c, text);
                        }
                    }
                    var given = sheet.getName().equals("Valori") ? values.get(row.getCellText(0)) : null;
                    if (given != null) {
                        found.add(row.getCellText(0));
                        switch (given.get(0)) {
                            case Number n -> ws.value(r, 4, n);
                            case String s -> ws.value(r, 4, s);
                            default -> throw new IllegalArgumentException(given.get(0).toString());
                        }
                        ws.value(r, 5, (String) given.get(1));
                    }
                }
                if (sheet.getName().equals("Valori")) {
                    int r = sheet.read().size();
                    for (var code : values.keySet().stream().filter(k -> !found.contains(k)).sorted().toList()) {
                        ws.value(r, 0, code);
                        ws.value(r, 4, (Number) values.get(code).get(0));
                        ws.value(r++, 5, (String) values.get(code).get(1));
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
