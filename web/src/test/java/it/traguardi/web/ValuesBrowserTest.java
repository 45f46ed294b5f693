package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Entering actual values in a real browser: one row at a time, and a CSV file with preview and confirm. */
class ValuesBrowserTest extends BrowserTest {

    @Test
    void a_value_entered_for_a_measure_changes_its_indicator_score_at_once() {
        page.navigate("/piani/Modena/2022");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inserisci i valori")).click();
        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/valori$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Valori rilevati: Modena 2022");
        checkAccessibility("values-entry");
        var row = row("D1.1_10");
        assertThat(row.locator(".entry-score").filter(new Locator.FilterOptions().setHasText("31.D1.1.1")))
                .containsText("N/D");

        page.getByLabel("Valore di D1.1_10", new Page.GetByLabelOptions().setExact(true)).fill("880");
        row.getByRole(AriaRole.BUTTON).click();

        var saved = row("D1.1_10");
        assertThat(saved.locator(".entry-done")).hasText("Valore salvato: D1.1_10.");
        assertThat(saved.locator(".entry-score")).containsText("31.D1.1.1: 100,00% ● raggiunto");
        assertThat(page.locator("#entry-summary .entry-overall")).not().hasText("N/D");
        checkAccessibility("values-entry-saved");
    }

    @Test
    void a_value_below_target_needs_a_comment_before_it_is_saved() {
        page.navigate("/piani/Modena/2022/valori?periodo=2022-06-30");
        var value = page.getByLabel("Valore di D1.1_10", new Page.GetByLabelOptions().setExact(true));
        value.fill("700");
        row("D1.1_10").getByRole(AriaRole.BUTTON).click();

        assertThat(row("D1.1_10").locator(".entry-problem"))
                .hasText("Il valore lascia sotto il target 31.D1.1.1: scrivere un commento che spieghi perché.");
        assertThat(value).hasAttribute("aria-invalid", "true");
        assertThat(value).hasValue("700");
        checkAccessibility("values-entry-refused");

        page.getByLabel("Commento per D1.1_10", new Page.GetByLabelOptions().setExact(true))
                .fill("Eventi annullati per maltempo");
        row("D1.1_10").getByRole(AriaRole.BUTTON).click();

        assertThat(row("D1.1_10").locator(".entry-done")).hasText("Valore salvato: D1.1_10.");
        assertThat(row("D1.1_10").locator(".entry-score")).containsText("31.D1.1.1: 87,50%");
    }

    @Test
    void a_csv_with_a_bad_row_shows_its_line_and_a_good_one_is_confirmed() {
        page.navigate("/piani/Modena/2022/valori?periodo=2022-03-31");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Carica un file CSV di valori")).click();
        checkAccessibility("values-upload");

        // 400 leaves 31.D1.1.1 (>= 800 N.) short: the row says why, in the reason column
        upload("code;period;value;reason\nD1.1_10;2022-03-31;400;primo trimestre\nNOPE;2022-03-31;1;\n");

        assertThat(page.locator(".upload-problems tbody tr")).hasCount(1);
        assertThat(page.locator(".upload-problems tbody tr td").first()).hasText("3");
        assertThat(page.locator(".upload-problems tbody tr td").nth(1)).hasText("campo 1 («code»)");
        checkAccessibility("values-upload-problems");

        upload("code;period;value;reason\nD1.1_10;2022-03-31;400;primo trimestre\n");
        assertThat(page.locator(".upload-rows tbody tr")).hasCount(1);
        checkAccessibility("values-upload-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma e registra")).click();

        assertThat(page).hasURL(Pattern.compile("periodo=2022-03-31"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Registrato 1 valore");
        assertThat(row("D1.1_10").locator(".entry-current")).hasText("Valore attuale: 400 N.");
        checkAccessibility("values-entry-after-upload");
    }

    @Test
    void without_javascript_a_row_posts_and_comes_back_to_the_page() {
        context.close();
        context = browserWithoutJavaScript();
        page = context.newPage();
        page.navigate("/piani/Modena/2022/valori?periodo=2022-09-30");

        var value = page.getByLabel("Valore di D1.1_10", new Page.GetByLabelOptions().setExact(true));
        value.fill("1.000");
        value.press("Enter");

        assertThat(page).hasURL(Pattern.compile("salvato="));
        assertThat(page.locator(".alert-success")).hasText("Valore salvato: D1.1_10.");
        assertThat(row("D1.1_10").locator(".entry-current")).hasText("Valore attuale: 1.000 N.");
    }

    private Locator row(String label) {
        return page.locator("li.entry-row").filter(new Locator.FilterOptions()
                .setHas(page.locator(".entry-label strong").getByText(label, new Locator.GetByTextOptions().setExact(true))));
    }

    private void upload(String csv) {
        page.locator("input#file").setInputFiles(
                new FilePayload("valori.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controlla il file")).click();
    }
}
