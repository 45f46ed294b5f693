package it.traguardi.web.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.plan.NodeId;
import it.traguardi.store.Actor;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;
import it.traguardi.web.RunningServer;
import it.traguardi.web.access.Requester;
import it.traguardi.web.access.RolePolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Incarichi page over real HTTP, with the roles' policy: the pianificatore adds and removes
 * assignments (each audited with their login), a form with a problem is shown again with the
 * problem under its field and stores nothing, a referente may not open it; the entry page shows a
 * referente only the rows of their assignments.
 */
class AssignmentPagesTest {

    private static final String PAGE = "/piani/Modena/2022/incarichi";
    private static final String PERSON = "X-Persona";
    private static final Map<String, Requester> PEOPLE = Map.of(
            "pianificatore", new Requester.Account(11, "pianificatore", false, List.of(new Grant("Modena", Role.PIANIFICATORE))),
            "amministratore", new Requester.Account(12, "amministratore", false, List.of(new Grant("Modena", Role.AMMINISTRATORE))),
            "rossi", new Requester.Account(13, "rossi", false, List.of(new Grant("Modena", Role.REFERENTE))),
            "verdi", new Requester.Account(14, "verdi", false, List.of(new Grant("Modena", Role.REFERENTE))));

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withAccessPolicy(new RolePolicy(plan -> true))
            .withRequesters(ctx -> PEOPLE.getOrDefault(String.valueOf(ctx.header(PERSON)), Requester.ANONYMOUS));

    private AssignmentStore assignments() {
        return new AssignmentStore(server.database().dataSource());
    }

    private java.net.http.HttpResponse<String> add(String who, String user, String indicator, String measure, String owner)
            throws Exception {
        return server.postForm(PAGE, "utente=" + encode(user) + "&indicatore=" + encode(indicator) + "&misura="
                + encode(measure) + "&unita=" + encode(owner), PERSON, who);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_planner_adds_an_indicator_by_its_path_and_a_measure_and_the_page_lists_them_by_user() throws Exception {
        var byPath = add("pianificatore", "rossi", "1/301/301.D1.1/31.D1.1.2", "", "");
        var byMeasure = add("pianificatore", "rossi", "", "D1.1_10", "");

        assertThat(byPath.statusCode()).isEqualTo(303);
        assertThat(byPath.headers().firstValue("Location")).hasValue(PAGE + "?esito=aggiunto&utente=rossi");
        assertThat(byMeasure.statusCode()).isEqualTo(303);
        // the path names node #7, kept by its identity
        assertThat(assignments().list("Modena", 2022)).containsExactly(
                new Assignment("Modena", 2022, "rossi", new Assignment.Scope.OfIndicator(new NodeId(7))),
                new Assignment("Modena", 2022, "rossi", new Assignment.Scope.OfMeasure("D1.1_10")));
        var page = server.get(PAGE + "?esito=aggiunto&utente=rossi", PERSON, "pianificatore");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Incarico aggiunto.").contains("<h3 class=\"h5 mt-4\">rossi</h3>")
                .contains("31.D1.1.2 - ").contains("<td>D1.1_10</td>").doesNotContain("assign-empty")
                // the form keeps the person just given an assignment
                .contains("name=\"utente\" value=\"rossi\"");
    }

    @Test
    void each_change_is_in_the_audit_trail_under_the_planner_and_removing_takes_the_assignment_away() throws Exception {
        var trail = new AuditTrail(server.database().dataSource());
        var before = trail.count(AuditFilter.EVERYTHING);
        add("pianificatore", "rossi", "31.D1.1.2", "", "");

        var removed = server.postForm(PAGE + "/rimuovi", "utente=rossi&tipo=indicatore&chiave=%237", PERSON, "pianificatore");
        var again = server.postForm(PAGE + "/rimuovi", "utente=rossi&tipo=indicatore&chiave=%237", PERSON, "pianificatore");

        assertThat(removed.headers().firstValue("Location")).hasValue(PAGE + "?esito=tolto");
        assertThat(again.headers().firstValue("Location")).hasValue(PAGE + "?esito=mancava");
        assertThat(assignments().list("Modena", 2022)).isEmpty();
        var entries = trail.list(AuditFilter.EVERYTHING, before, 10, false);
        assertThat(entries).extracting(e -> e.change().kind())
                .containsExactly(ChangeKind.ASSIGNMENT_ADDED, ChangeKind.ASSIGNMENT_REMOVED);
        assertThat(entries).extracting(e -> e.actor().name()).containsOnly("pianificatore");
        assertThat(entries.getFirst().change().scope()).isEqualTo(new AuditScope.OfNode("Modena", 2022, new NodeId(7)));
    }

    @Test
    void the_administrator_of_the_entity_manages_assignments_too() throws Exception {
        assertThat(server.get(PAGE, PERSON, "amministratore").statusCode()).isEqualTo(200);
        assertThat(add("amministratore", "verdi", "", "D1.1_10", "").statusCode()).isEqualTo(303);
        assertThat(assignments().of("Modena", 2022, "verdi").scopes()).containsExactly(new Assignment.Scope.OfMeasure("D1.1_10"));
    }

    @Test
    void problems_are_shown_under_their_fields_and_nothing_is_stored() throws Exception {
        var noUser = add("pianificatore", " ", "31.D1.1.2", "", "");
        var two = add("pianificatore", "rossi", "31.D1.1.2", "D1.1_10", "");
        var ambiguous = add("pianificatore", "rossi", "42.D4.1.2", "", "");
        var unknownMeasure = add("pianificatore", "rossi", "", "NON_ESISTE", "");
        var unknownOwner = add("pianificatore", "rossi", "", "", "Ufficio inventato");

        assertThat(List.of(noUser, two, ambiguous, unknownMeasure, unknownOwner)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("L'incarico non è stato aggiunto: correggere i campi indicati.");
        });
        assertThat(errors(noUser.body(), "assign-user-errors")).isEqualTo("manca l'utente");
        // the second scope given is the one refused
        assertThat(errors(two.body(), "assign-measure-errors"))
                .isEqualTo("indicare uno solo fra indicatore, misura e unità organizzativa");
        assertThat(errors(ambiguous.body(), "assign-indicator-errors")).isEqualTo("nel piano di Modena per il 2022 il"
                + " codice «42.D4.1.2» è di 2 indicatori: scrivere il percorso (ambito/OS/OO/codice) o l'identificativo (#12)");
        assertThat(errors(unknownMeasure.body(), "assign-measure-errors")).isEqualTo(
                "«NON_ESISTE» non è una misura del catalogo dell'ente né delle formule del piano: sceglierla dall'elenco");
        assertThat(errors(unknownOwner.body(), "assign-owner-errors")).isEqualTo(
                "«Ufficio inventato» non è un'unità organizzativa degli indicatori del piano: sceglierla dall'elenco");
        // a field with a problem is marked for assistive technologies; the others are not
        assertThat(ambiguous.body()).contains("aria-describedby=\"assign-indicator-help assign-indicator-errors\"")
                .doesNotContain("assign-user-errors");
        // what was typed is kept in the form
        assertThat(ambiguous.body()).contains("value=\"42.D4.1.2\"");
        assertThat(assignments().list("Modena", 2022)).isEmpty();
    }

    @Test
    void a_forged_removal_is_a_bad_request_not_an_error() throws Exception {
        var answer = server.postForm(PAGE + "/rimuovi", "utente=rossi&tipo=qualcosa&chiave=x", PERSON, "pianificatore");
        var noId = server.postForm(PAGE + "/rimuovi", "utente=rossi&tipo=indicatore&chiave=abc", PERSON, "pianificatore");
        var noUser = server.postForm(PAGE + "/rimuovi", "tipo=misura&chiave=D1.1_10", PERSON, "pianificatore");

        assertThat(List.of(answer.statusCode(), noId.statusCode(), noUser.statusCode())).containsOnly(400);
    }

    @Test
    void a_referente_may_not_open_or_change_the_assignments() throws Exception {
        var page = server.get(PAGE, PERSON, "rossi");
        var post = add("rossi", "rossi", "31.D1.2.3", "", "");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(assignments().list("Modena", 2022)).isEmpty();
    }

    @Test
    void the_page_in_english_and_with_no_assignment_says_so() throws Exception {
        var page = server.get(PAGE + "?lang=en", PERSON, "pianificatore");

        assertThat(page.body()).contains("<h1>Assignments: Modena 2022</h1>")
                .contains("No assignments in this plan: referenti cannot enter values yet.");
        assertThat(server.get("/piani/Modena/2022", PERSON, "pianificatore").body())
                .contains("href=\"/piani/Modena/2022/incarichi\" id=\"assignments-link\"");
    }

    @Test
    void a_referente_sees_only_the_rows_of_their_assignments_on_the_entry_page() throws Exception {
        var planner = new Actor("pianificatore", "127.0.0.1");
        assignments().add(new Assignment("Modena", 2022, "rossi", new Assignment.Scope.OfMeasure("D1.1_10")), planner);
        assignments().add(new Assignment("Modena", 2022, "rossi", new Assignment.Scope.OfIndicator(new NodeId(7))), planner);

        var rossi = server.get("/piani/Modena/2022/valori", PERSON, "rossi").body();
        var verdi = server.get("/piani/Modena/2022/valori", PERSON, "verdi").body();
        var all = server.get("/piani/Modena/2022/valori", PERSON, "pianificatore").body();

        // D1.1_10 assigned, D1.1_20 the measure of indicator #7's formula; nothing else
        assertThat(rows(rossi)).containsExactlyInAnyOrder("D1.1_10", "D1.1_20");
        assertThat(rossi).contains("Sono elencate solo le righe dei tuoi incarichi (2 incarichi)");
        assertThat(verdi).contains("Non hai incarichi in questo piano").doesNotContain("name=\"codice\"");
        assertThat(rows(all)).hasSizeGreaterThan(50).contains("D1.1_10", "D1.1_20", "D1.2_4");
        assertThat(all).doesNotContain("entry-scope");
    }

    /** The text of the problems listed under a field, spaces collapsed; empty when there are none. */
    private static String errors(String html, String id) {
        var m = java.util.regex.Pattern.compile("<ul id=\"" + id + "\"[^>]*>(.*?)</ul>", java.util.regex.Pattern.DOTALL)
                .matcher(html);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip().replace("&#39;", "'") : "";
    }

    /** The codes the entry page's row forms post. */
    private static List<String> rows(String html) {
        return java.util.regex.Pattern.compile("name=\"codice\" value=\"([^\"]*)\"").matcher(html).results()
                .map(r -> r.group(1)).toList();
    }
}
