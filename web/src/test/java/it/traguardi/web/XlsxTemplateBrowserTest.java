package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The values template in a real browser: downloaded from the upload page, filled, uploaded, previewed, confirmed. */
class XlsxTemplateBrowserTest extends BrowserTest {

    @Test
    void a_values_template_downloaded_and_filled_is_previewed_then_confirmed() throws Exception {
        page.navigate("/piani/Modena/2022/valori/carica?periodo=2022-06-30");
        checkAccessibility("values-upload-template");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Scarica il modello XLSX dei valori")).click());
        assertThat(download.suggestedFilename()).isEqualTo("valori-modena-2022-2022-06-30.xlsx");
        // 880 of D1.1_10 reaches 31.D1.1.1's target (>= 800): no reason needed
        var filled = FilledTemplates.values(Files.readAllBytes(download.path()), Map.of("D1.1_10", 880));

        page.locator("input#file").setInputFiles(new FilePayload("giugno.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controlla il file")).click();

        assertThat(page.locator("body")).containsText("Il file giugno.xlsx è corretto: questo valore sarà registrato.");
        checkAccessibility("values-upload-template-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma e registra")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/valori\\?periodo=2022-06-30"));
        assertThat(page.locator("body")).containsText("Registrato 1 valore dal file giugno.xlsx.");
    }
}
