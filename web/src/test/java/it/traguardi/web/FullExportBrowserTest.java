package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The full export downloaded from the plan page, in the browser; axe on the page that offers it. */
class FullExportBrowserTest extends BrowserTest {

    @Test
    void the_plan_page_downloads_the_full_export_of_the_plan() throws IOException {
        page.navigate("/piani/Modena/2022");
        checkAccessibility("plan-with-full-export");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Esportazione completa (JSON)")).click());

        assertThat(download.suggestedFilename()).isEqualTo("traguardi-modena-2022-completo.json");
        var text = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"schema\" : \"traguardi.full/1\",\n  \"entity\" : \"Modena\",\n  \"year\" : 2022,");
    }
}
