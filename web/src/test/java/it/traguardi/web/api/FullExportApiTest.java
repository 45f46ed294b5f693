package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.transfer.FullSection;
import it.traguardi.exchange.json.FullPlanReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/plans/{entity}/{year}/export/full}: the plan's full export as a download that reads back. */
class FullExportApiTest extends ApiTestBase {

    private static final String EXPORT = "/api/v1/plans/Modena/2022/export/full";

    @Test
    void the_full_export_is_a_download_that_the_reader_takes_with_the_values_just_recorded() throws Exception {
        var recorded = api.send("POST", "/api/v1/plans/Modena/2022/values", "application/json",
                "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"700\", \"reason\": \"stima\"}]"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(recorded.status()).isEqualTo(201);

        var answer = api.get(EXPORT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).isEqualTo("application/json;charset=utf-8");
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"traguardi-modena-2022-completo.json\"");
        var plan = FullPlanReader.read(answer.response().body().getBytes(StandardCharsets.UTF_8));
        assertThat(plan.entity()).isEqualTo("Modena");
        assertThat(plan.rows(FullSection.VALUES)).singleElement()
                .satisfies(v -> assertThat(v.text(FullSection.VALUES, "reason")).contains("stima"));
    }

    @Test
    void the_plan_page_links_to_the_download() throws Exception {
        var page = api.get("/piani/Modena/2022");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().body()).contains(
                "<a class=\"btn btn-outline-secondary ms-2\" href=\"/api/v1/plans/Modena/2022/export/full\" id=\"full-export-link\" download>Esportazione completa (JSON)</a>");
    }

    @Test
    void a_plan_that_does_not_exist_is_not_found() throws Exception {
        assertProblem(api.get("/api/v1/plans/Nessuno/2022/export/full"), 404, "not-found");
    }
}
