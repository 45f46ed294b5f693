package it.traguardi.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.access.Requester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which plan a report is of, with the roles' policy of an installation: the version asked for
 * ({@code ?versione=approvato|rimodulato|N}), the working version only to the people of the
 * entity, the latest approved one to everyone else; a draft's reports only to its entity.
 */
class ReportVersionsTest {

    private static final String WHO = "X-Test-Persona";
    private static final String TITLE = "Fatturato export provinciale";
    private static final String REVISED = "Fatturato export (rimodulato)";
    private static final String CSV = "/piani/Modena/2022/report/alberatura.csv";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withRolePolicy().withRequesters(ctx -> switch (
            ctx.header(WHO) == null ? "" : ctx.header(WHO)) {
        case "modena" -> new Requester.Account(1, "lettore.modena", false, List.of(new Grant("Modena", Role.VALUTATORE)));
        case "parma" -> new Requester.Account(2, "pianificatore.parma", false, List.of(new Grant("Parma", Role.PIANIFICATORE)));
        default -> Requester.ANONYMOUS;
    });

    private String csv(String query, String... who) throws Exception {
        var answer = server.get(CSV + query, who);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** Begins a revision of the published seed and renames the indicator in its working version. */
    private void revise() {
        var lifecycle = server.store().lifecycle();
        lifecycle.change("Modena", 2022, new Transition.Revise("Nuovo progetto"),
                lifecycle.status("Modena", 2022).orElseThrow().version(), TestActors.TESTER);
        var stored = server.store().loadVersioned("Modena", 2022).orElseThrow();
        var indicator = stored.plan().indicators().filter(i -> i.title().equals(TITLE)).findFirst().orElseThrow();
        server.store().replace(PlanEdits.edit(stored.plan(), indicator.id(), indicator.code(), REVISED, indicator.weight()),
                stored.version(), TestActors.TESTER);
    }

    @Test
    void a_draft_s_reports_are_read_only_by_the_people_of_its_entity() throws Exception {
        assertThat(server.get("/piani/Modena/2022/report").statusCode()).isEqualTo(403);
        assertThat(server.get("/piani/Modena/2022/report/relazione.pdf", WHO, "parma").statusCode()).isEqualTo(403);
        assertThat(server.get(CSV, WHO, "parma").statusCode()).isEqualTo(403);
        assertThat(server.get("/piani/Modena/2022/report", WHO, "modena").statusCode()).isEqualTo(200);
        assertThat(csv("", WHO, "modena")).contains(TITLE);
    }

    @Test
    void while_the_plan_is_revised_outsiders_get_the_approved_report_and_insiders_the_working_one() throws Exception {
        server.publishSeed();
        revise();

        assertThat(csv("")).contains(TITLE).doesNotContain(REVISED);
        assertThat(csv("", WHO, "parma")).contains(TITLE).doesNotContain(REVISED);
        assertThat(csv("?versione=corrente")).contains(TITLE).doesNotContain(REVISED);
        assertThat(csv("", WHO, "modena")).contains(REVISED).doesNotContain(TITLE);
        assertThat(csv("?versione=approvato", WHO, "modena")).contains(TITLE).doesNotContain(REVISED);
    }

    @Test
    void once_the_revision_is_approved_the_approved_and_revised_reports_differ_as_the_plan_did() throws Exception {
        server.publishSeed();
        revise();
        var lifecycle = server.store().lifecycle();
        lifecycle.change("Modena", 2022, new Transition.Approve(new ApprovingAct("30", LocalDate.of(2022, 7, 15))),
                lifecycle.status("Modena", 2022).orElseThrow().version(), TestActors.TESTER);

        assertThat(csv("?versione=approvato")).contains(TITLE).doesNotContain(REVISED);
        assertThat(csv("?versione=rimodulato")).contains(REVISED).doesNotContain(TITLE);
        assertThat(csv("")).contains(REVISED).doesNotContain(TITLE);
        var page = server.get("/piani/Modena/2022/report/alberatura?versione=approvato").body();
        assertThat(page).contains(TITLE).doesNotContain(REVISED)
                .contains("href=\"/piani/Modena/2022/report/alberatura.pdf?versione=approvato\"");
        assertThat(server.get("/piani/Modena/2022/report?versione=approvato").body())
                .contains("href=\"/piani/Modena/2022/report/relazione?versione=approvato\"");
        assertThat(server.get(CSV + "?versione=7").statusCode()).isEqualTo(404);
    }
}
