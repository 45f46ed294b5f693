package it.traguardi.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Plan;
import it.traguardi.web.RunningServer;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail page of a plan over HTTP: a comment posted from the indicator page is listed
 * with its author and address, linked from the tree and from the indicator; filters are checked
 * and each problem is shown under its field (422); the CSV export of the filtered view marks
 * formula cells as text; a request refused by the gate leaves its entry.
 */
class AuditPagesTest {

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withAccessPolicy((requester, action, resource) ->
            action != Action.READ && resource instanceof it.traguardi.web.access.Resource.Plan p && p.year() == 2021
                    ? Decision.deny("access.denied.role", "scrivere", "nel 2021") : Decision.ALLOW);

    Plan plan;

    @BeforeEach
    void load() {
        plan = server.store().load("Modena", 2022).orElseThrow();
    }

    private int id(String code) {
        return plan.indicators().filter(i -> i.code().equals(code)).findFirst().orElseThrow().id().value();
    }

    @Test
    void a_comment_is_listed_with_its_author_and_the_pages_link_to_the_trail() throws Exception {
        var indicator = "/piani/Modena/2022/indicatori/" + id("301.51");
        assertThat(server.postForm(indicator + "/commenti", "testo=%3Cscript%3Ealert(1)%3C%2Fscript%3E").statusCode())
                .isEqualTo(303);

        var page = server.get("/piani/Modena/2022/registro?nodo=" + id("301.51"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Registro delle modifiche: Modena 2022</h1>", "Una voce.",
                "<td>anonimo</td><td>127.0.0.1</td>", "<td>Commento aggiunto</td>",
                "{\"commento\":\"&lt;script&gt;alert(1)&lt;/script&gt;\"}");
        assertThat(page.body()).doesNotContain("<script>alert(1)");
        assertThat(server.get(indicator).body()).contains("href=\"/piani/Modena/2022/registro?nodo=" + id("301.51") + "\"");
        assertThat(server.get("/piani/Modena/2022").body()).contains("href=\"/piani/Modena/2022/registro\"");
    }

    @Test
    void the_whole_trail_is_paged_newest_first() throws Exception {
        var page = server.get("/piani/Modena/2022/registro");
        assertThat(page.statusCode()).isEqualTo(200);
        // the seed import: the plan and the 69 measures of its derived formulas, 50 a page
        assertThat(page.body()).contains("70 voci, dalla 1 alla 50.", "rel=\"next\"", "pagina=2");
        var second = server.get("/piani/Modena/2022/registro?pagina=2");
        assertThat(second.body()).contains("70 voci, dalla 51 alla 70.", "<td>Piano creato</td>", "rel=\"prev\"");
    }

    @Test
    void filters_that_cannot_be_read_are_shown_under_their_field_with_422() throws Exception {
        var page = server.get("/piani/Modena/2022/registro?nodo=abc&tipo=furto&dal=ieri");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"nodo-problem\">l'id di un nodo è un numero intero da 1 in su, non «abc»",
                "id=\"tipo-problem\">tipo di modifica sconosciuto «furto»",
                "id=\"dal-problem\">giorno non leggibile «ieri»: AAAA-MM-GG o GG/MM/AAAA");
        assertThat(server.get("/piani/Modena/2022/registro.csv?nodo=abc").statusCode()).isEqualTo(422);
    }

    @Test
    void the_csv_export_holds_the_filtered_view_with_formula_cells_marked_as_text() throws Exception {
        var indicator = "/piani/Modena/2022/indicatori/" + id("301.51");
        server.postForm(indicator + "/commenti", "testo=%3DHYPERLINK(%22http%3A%2F%2Fx%22)");

        var csv = server.get("/piani/Modena/2022/registro.csv?tipo=comment_added");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"registro-Modena-2022.csv\"");
        var lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(";anonimo;127.0.0.1;Modena;2022;" + id("301.51") + ";Commento aggiunto;",
                // the JSON escapes the quotes, the CSV doubles them
                ";\"{\"\"commento\"\":\"\"=HYPERLINK(\\\"\"http://x\\\"\")\"\"}\";");
    }

    @Test
    void a_request_refused_by_the_gate_leaves_its_entry() throws Exception {
        var refused = server.postForm("/piani/Modena/2021/valori", "codice=x");
        assertThat(refused.statusCode()).isEqualTo(403);

        var csv = server.get("/piani/Modena/2022/registro.csv").body();
        assertThat(csv).doesNotContain("Accesso negato");
        var entries = new it.traguardi.store.AuditTrail(server.database().dataSource()).list(
                it.traguardi.store.AuditFilter.EVERYTHING.withPlan("Modena", 2021)
                        .withKind(it.traguardi.core.audit.ChangeKind.ACCESS_DENIED), 0, 10, false);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().change().subject()).isEqualTo("POST /piani/Modena/2021/valori");
        assertThat(entries.getFirst().change().reason()).isEqualTo("Il tuo ruolo non consente di scrivere nel 2021.");
        assertThat(entries.getFirst().actor().name()).isEqualTo("anonimo");
    }
}
