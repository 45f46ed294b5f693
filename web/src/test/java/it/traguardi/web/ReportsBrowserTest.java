package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.store.ValueStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports in the browser: from the plan to its reports, a period picked, the report seen in
 * the page, each download button giving a file of its type; axe on every page.
 */
class ReportsBrowserTest extends BrowserTest {

    /** 301.51 at 400 on 30 June and at 750 at the year-end, each with its reason. */
    @BeforeAll
    static void values() {
        var indicator = store.load("Modena", 2022).orElseThrow().indicators()
                .filter(i -> i.code().equals("301.51")).findFirst().orElseThrow();
        var target = ValueTarget.indicator(indicator.id());
        new ValueStore(server.database().dataSource()).record("Modena", 2022, List.of(
                new ValueRecord(target, new Period.Day(LocalDate.of(2022, 6, 30)), count("400"),
                        Instant.parse("2022-07-01T09:00:00Z"), TestActors.TESTER.name(), "a metà anno"),
                new ValueRecord(target, Period.of(2022), count("750"), Instant.parse("2023-01-10T09:00:00Z"),
                        TestActors.TESTER.name(), "fiere annullate")), TestActors.TESTER);
    }

    private static Value count(String amount) {
        return Value.of(new Quantity(new BigDecimal(amount), Unit.COUNT));
    }

    @Test
    void a_period_is_picked_the_report_is_seen_and_every_file_downloads_with_its_type() throws Exception {
        page.navigate("/piani/Modena/2022");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Relazioni e report")).click();
        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/report$"));
        checkAccessibility("reports");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoraggio")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Monitoraggio - Modena 2022, periodo 2022");
        page.getByLabel("Periodo").selectOption("2022-06-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostra")).click();
        assertThat(page).hasURL(Pattern.compile("periodo=2022-06-30"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Monitoraggio - Modena 2022, periodo 30-06-2022");
        assertThat(page.locator("#report-body")).containsText("a metà anno");
        checkAccessibility("report-monitoraggio");

        for (var format : List.of("pdf", "xlsx", "csv", "json", "html")) {
            var download = page.waitForDownload(() -> page.locator("#download-" + format).click());
            var bytes = Files.readAllBytes(download.path());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .isEqualTo("monitoraggio-modena-2022-06-30." + format);
            assertType(format, bytes);
        }
    }

    /** Each file is what its name says: the PDF's and the zip's signatures, the CSV's header, JSON, an HTML document. */
    private static void assertType(String format, byte[] bytes) throws Exception {
        var text = new String(bytes, StandardCharsets.UTF_8);
        switch (format) {
            case "pdf" -> org.assertj.core.api.Assertions.assertThat(Arrays.copyOf(bytes, 5))
                    .isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "xlsx" -> org.assertj.core.api.Assertions.assertThat(Arrays.copyOf(bytes, 2))
                    .isEqualTo("PK".getBytes(StandardCharsets.US_ASCII));
            case "csv" -> org.assertj.core.api.Assertions.assertThat(text).startsWith("section;key;label;value\r\n")
                    .contains("summary;period;;2022-06-30");
            case "json" -> org.assertj.core.api.Assertions.assertThat(new ObjectMapper().readTree(bytes)
                    .get("period").asText()).isEqualTo("2022-06-30");
            default -> org.assertj.core.api.Assertions.assertThat(text).startsWith("<!DOCTYPE html>")
                    .contains("a metà anno");
        }
    }

    @Test
    void the_scheda_is_reached_from_its_objective_and_a_refusal_is_a_page_in_english_too() {
        page.navigate("/piani/Modena/2022/report/relazione");
        assertThat(page.locator("#report-body svg[role=img]").first()).isVisible();
        checkAccessibility("report-relazione");

        page.navigate("/piani/Modena/2022/report/scheda");
        page.getByLabel("Obiettivo").selectOption("301");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostra")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Scheda obiettivo 301 - Internazionalizzazione - Modena 2022");
        assertThat(page.locator("#report-body")).containsText("fiere annullate");
        checkAccessibility("report-scheda");

        page.navigate("/piani/Modena/2022/report/relazione?periodo=2022-03-31&lang=en");
        assertThat(page.locator("#report-refusal"))
                .hasText("No value recorded for the period 2022-03-31 of the plan Modena 2022: the report would be empty."
                        + " Choose a period with values.");
        checkAccessibility("report-refused");
    }
}
