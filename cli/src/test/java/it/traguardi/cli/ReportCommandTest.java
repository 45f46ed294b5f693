package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code traguardi report} on the demo plan with two values of 2022: every report in every format
 * is written, and what cannot make a report (no plan, a period of another year, a period with no
 * value, an objective not in the plan) is refused in one line with exit 65 and no file.
 */
class ReportCommandTest {

    @TempDir
    static Path folder;

    private static CommandLineRun run;

    @BeforeAll
    static void demoPlanWithValues() throws IOException {
        run = CommandLineRun.withDemoPlan(folder);
        var values = run.write("valori.csv", """
                code;period;value;reason
                301.50;2022;13.000.000.000;export in calo per i mercati extra UE
                31.D1.1.2;2022;54;due bandi chiusi in anticipo
                """);
        run.succeeded("values", "import", values.toString(), "--entity", "Modena", "--year", "2022");
    }

    @Test
    void the_relazione_as_pdf_holds_the_title_the_figures_and_the_reason_of_a_missed_target() throws IOException {
        var output = folder.resolve("relazione.pdf");
        var result = run.run("report", "relazione", "--entity", "Modena", "--year", "2022", "--format", "pdf",
                "--output", output.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DONE);
        assertThat(result.err()).contains("Rapporto scritto in " + output);
        var text = pdfText(output);
        assertThat(text).contains("Relazionesullaperformance-Modena2022", "13.000.000.000€", "54N.",
                "2indicatorimisuratisu88");
    }

    @Test
    void the_monitoraggio_gives_the_owners_reason_beside_the_deviation() throws IOException {
        var output = folder.resolve("monitoraggio.csv");
        var result = run.run("report", "monitoraggio", "--entity", "Modena", "--year", "2022", "--format", "csv",
                "--output", output.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DONE);
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains(
                "monitoraggio;4;INDICATOR;Indicatore;31.D1.1.2;N. imprese beneficiarie dei voucher per l'internazionalizzazione;"
                        + "30,00%;≥ 80 N.;54 N.;67,50%;non raggiunto;due bandi chiusi in anticipo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf", "xlsx", "csv", "json"})
    void the_alberatura_is_written_in_every_format(String format) throws IOException {
        var output = folder.resolve("alberatura." + format);
        var result = run.run("report", "alberatura", "--entity", "Modena", "--year", "2022", "--format", format,
                "--output", output.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DONE);
        var bytes = Files.readAllBytes(output);
        var start = new String(bytes, 0, 16, StandardCharsets.ISO_8859_1);
        switch (format) {
            case "html" -> assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                    .contains("<html lang=\"it\">", "301.D1.1");
            case "pdf" -> assertThat(start).startsWith("%PDF-");
            case "xlsx" -> assertThat(start).startsWith("PK");
            case "csv" -> assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("section;key;label;value\r\n");
            case "json" -> assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"schema\" : \"traguardi.report/1\"");
            default -> throw new AssertionError(format);
        }
    }

    @Test
    void the_scheda_of_an_objective_is_written_in_english_when_asked() throws IOException {
        var output = folder.resolve("scheda.json");
        var result = run.run("--lang", "en", "report", "scheda", "--entity", "Modena", "--year", "2022",
                "--objective", "301.D1.1", "--format", "json", "--output", output.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DONE);
        assertThat(Files.readString(output)).contains("\"title\" : \"Objective sheet 301.D1.1 - Incentivare",
                "\"language\" : \"en\"", "due bandi chiusi in anticipo");
    }

    @Test
    void a_report_of_an_approved_version_is_made_from_it_and_a_version_the_plan_lacks_is_refused(@TempDir Path own)
            throws IOException {
        var approving = CommandLineRun.withDemoPlan(own);
        approving.succeeded("plan", "approve", "--entity", "Modena", "--year", "2022", "--act-number", "12",
                "--act-date", "31-01-2022");
        var output = own.resolve("approvata.csv");

        var approved = approving.run("report", "alberatura", "--entity", "Modena", "--year", "2022", "--version",
                "approved", "--format", "csv", "--output", output.toString());
        var missing = approving.run("report", "alberatura", "--entity", "Modena", "--year", "2022", "--version", "2",
                "--format", "csv", "--output", own.resolve("seconda.csv").toString());

        assertThat(approved.exitCode()).as(approved.err()).isEqualTo(ExitCode.DONE);
        assertThat(Files.readString(output)).contains("301.D1.1");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(missing.err().strip())
                .isEqualTo("il piano di Modena per il 2022 non ha la versione «2» (vedere «traguardi plan state»)");
        assertThat(own.resolve("seconda.csv")).doesNotExist();
    }

    @Test
    void a_plan_that_is_not_stored_is_refused_in_one_line_and_no_file_is_written() {
        var output = folder.resolve("bologna.pdf");
        var result = run.run("report", "relazione", "--entity", "Bologna", "--year", "2022", "--format", "pdf",
                "--output", output.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err().lines().toList())
                .containsExactly("nessun piano registrato per Bologna 2022 (vedere «traguardi plans»)");
        assertThat(output).doesNotExist();
    }

    @Test
    void a_period_of_another_year_or_without_values_is_refused_and_an_existing_file_is_left_as_it_was()
            throws IOException {
        var output = run.write("esistente.pdf", "prima");
        var outside = run.run("report", "monitoraggio", "--entity", "Modena", "--year", "2022", "--period",
                "2021-06-30", "--format", "pdf", "--output", output.toString());
        var empty = run.run("report", "monitoraggio", "--entity", "Modena", "--year", "2022", "--period",
                "2022-06-30", "--format", "pdf", "--output", output.toString());
        assertThat(outside.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outside.err().lines().count()).isEqualTo(1);
        assertThat(outside.err()).contains("2021-06-30");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(empty.err().lines().toList()).containsExactly(
                "nessun valore registrato per il periodo 2022-06-30 del piano Modena 2022: il rapporto sarebbe vuoto");
        assertThat(Files.readString(output)).isEqualTo("prima");
    }

    @Test
    void an_objective_not_in_the_plan_is_refused_with_65_and_a_scheda_without_one_with_64() {
        var output = folder.resolve("scheda.pdf");
        var missing = run.run("report", "scheda", "--entity", "Modena", "--year", "2022", "--objective", "999",
                "--format", "pdf", "--output", output.toString());
        var without = run.run("report", "scheda", "--entity", "Modena", "--year", "2022", "--format", "pdf",
                "--output", output.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(missing.err().lines().toList()).containsExactly("l'obiettivo 999 non è nel piano Modena 2022");
        assertThat(without.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(without.err()).contains("la scheda obiettivo richiede --objective CODICE");
        assertThat(output).doesNotExist();
    }

    @Test
    void the_help_names_the_reports_and_the_formats() {
        var result = run.run("report", "--help");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(result.out()).contains("alberatura|monitoraggio|relazione|scheda", "html|pdf|xlsx|csv|json",
                "PDF/UA-1 e PDF/A-2u", "--objective");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
