package it.traguardi.web.plan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.lifecycle.PlanState;
import it.traguardi.core.plan.Plan;
import it.traguardi.web.RunningServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Ciclo di vita" and comparison pages over real HTTP, as the planner uses them: approve with
 * the act, an edit refused with the way to a revision, a revision begun and approved, versions
 * read and compared; every bad input refused with its field named and nothing changed.
 */
class LifecyclePagesTest {

    private static final String PLAN = "/piani/Modena/2022";
    private static final String LIFECYCLE = PLAN + "/ciclo-di-vita";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    private int version() {
        return server.store().lifecycle().status("Modena", 2022).orElseThrow().version();
    }

    private java.net.http.HttpResponse<String> post(String... fields) throws Exception {
        var form = new StringBuilder("versione=" + version());
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return server.postForm(LIFECYCLE, form.toString());
    }

    private PlanState state() {
        return server.store().lifecycle().status("Modena", 2022).orElseThrow().lifecycle().state();
    }

    private int indicator(String code) {
        Plan plan = server.store().load("Modena", 2022).orElseThrow();
        return plan.indicators().filter(i -> i.code().equals(code)).findFirst().orElseThrow().id().value();
    }

    @Test
    void a_draft_shows_its_state_and_the_approval_form_and_the_plan_page_links_to_it() throws Exception {
        var page = server.get(LIFECYCLE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Ciclo di vita del piano di Modena per il 2022</h1>")
                .contains("Stato del piano: <strong>bozza</strong>").contains("Il piano non è ancora stato approvato.")
                .contains("id=\"approve-form\"").doesNotContain("id=\"publish-form\"").doesNotContain("id=\"revise-form\"");
        assertThat(server.get(LIFECYCLE + "?lang=en").body()).contains("State of the plan: <strong>draft</strong>");
        assertThat(server.get(PLAN).body()).contains("href=\"" + LIFECYCLE + "\"").contains("href=\"" + PLAN + "/confronto\"");
    }

    @Test
    void approving_takes_the_act_and_then_an_edit_is_refused_with_the_way_to_a_revision() throws Exception {
        var approved = post("azione", "approva", "numeroAtto", "12", "dataAtto", "31-01-2022");

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.headers().firstValue("Location")).contains(LIFECYCLE + "?esito=approva");
        assertThat(server.get(LIFECYCLE + "?esito=approva").body()).contains("Stato del piano: <strong>approvato</strong>")
                .contains("n. 12 del 31-01-2022").contains("Approvato: la versione 1 è ora quella in vigore.")
                .contains("id=\"revise-form\"").contains("id=\"publish-form\"");

        var id = indicator("301.50");
        var move = server.postForm(PLAN + "/modifica/nodi/" + id + "/sposta",
                "versione=" + server.store().version("Modena", 2022).orElseThrow() + "&direzione=giu");
        assertThat(move.statusCode()).isEqualTo(409);
        assertThat(move.body()).contains("Il piano è approvato: struttura, pesi, target e formule non si modificano direttamente.")
                .contains("href=\"" + LIFECYCLE + "\"");
        assertThat(indicator("301.50")).isEqualTo(id);
    }

    @Test
    void bad_input_names_each_field_and_changes_nothing() throws Exception {
        var missing = post("azione", "approva", "numeroAtto", "  ", "dataAtto", "31-02-2022");

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("id=\"numeroAtto-problem\"").contains("atto di approvazione è obbligatorio")
                .contains("id=\"dataAtto-problem\"").contains("«31-02-2022» non è una data valida")
                .contains("value=\"31-02-2022\"");
        assertThat(state()).isEqualTo(PlanState.DRAFT);

        var publishDraft = post("azione", "pubblica");
        assertThat(publishDraft.statusCode()).isEqualTo(409);
        assertThat(publishDraft.body()).contains("Non si può pubblicare un piano nello stato «bozza».");

        post("azione", "approva", "numeroAtto", "12", "dataAtto", "31-01-2022");
        var noReason = post("azione", "rimodula", "motivo", "   ");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"motivo-problem\"").contains("il motivo della rimodulazione è obbligatorio");
        assertThat(server.store().lifecycle().status("Modena", 2022).orElseThrow().lifecycle().revising()).isFalse();

        assertThat(server.postForm(LIFECYCLE, "azione=pubblica").statusCode()).isEqualTo(400);
        assertThat(post("azione", "cancella").statusCode()).isEqualTo(400);
        assertThat(server.postForm("/piani/Modena/2099/ciclo-di-vita", "versione=1&azione=pubblica").statusCode()).isEqualTo(404);
    }

    @Test
    void a_form_over_a_version_someone_else_changed_is_refused_with_409() throws Exception {
        var seen = version();
        post("azione", "approva", "numeroAtto", "12", "dataAtto", "31-01-2022");

        var second = server.postForm(LIFECYCLE, "versione=" + seen + "&azione=approva&numeroAtto=13&dataAtto=01-02-2022");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Nel frattempo qualcun altro ha cambiato il piano: nulla è stato cambiato.");
        assertThat(server.store().lifecycle().status("Modena", 2022).orElseThrow().approved()).hasSize(1);
    }

    @Test
    void a_revision_is_edited_approved_and_compared_with_the_plan_as_approved() throws Exception {
        post("azione", "approva", "numeroAtto", "12", "dataAtto", "31-01-2022");
        assertThat(post("azione", "rimodula", "motivo", "Nuovo progetto export").statusCode()).isEqualTo(303);
        var id = indicator("301.50");
        var moved = server.postForm(PLAN + "/modifica/nodi/" + id + "/sposta",
                "versione=" + server.store().version("Modena", 2022).orElseThrow() + "&direzione=giu");
        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(post("azione", "approva", "numeroAtto", "85", "dataAtto", "14-07-2022").statusCode()).isEqualTo(303);

        var page = server.get(LIFECYCLE).body();
        assertThat(page).contains("n. 85 del 14-07-2022").contains("Nuovo progetto export")
                .contains("href=\"" + PLAN + "?versione=1\"").contains("href=\"" + PLAN + "?versione=2\"");
        var compare = server.get(PLAN + "/confronto?da=1&a=2");
        assertThat(compare.statusCode()).isEqualTo(200);
        assertThat(compare.body()).contains("Differenze da versione 1 a versione 2").contains("Nodo spostato")
                .contains("301.50 - Fatturato export provinciale");
        assertThat(server.get(PLAN + "/confronto?da=1&a=1").body()).contains("Nessuna differenza tra versione 1 e versione 1.");
        assertThat(server.get(PLAN + "/confronto?da=1&a=3").statusCode()).isEqualTo(404);
        assertThat(server.get(PLAN + "?versione=1").body()).contains("id=\"shown-version\"").contains("versione «1»");
        assertThat(server.get(PLAN + "?versione=3").statusCode()).isEqualTo(404);
        assertThat(server.get(PLAN + "?versione=abc").statusCode()).isEqualTo(404);
    }
}
