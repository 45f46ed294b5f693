package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.web.RunningServer;
import it.traguardi.web.access.Requester;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may import a full export from the page, with the roles' policy: whoever may change the plan
 * of the file's entity and read its audit trail (a pianificatore of that entity), no one else.
 */
class FullImportAccessTest {

    private static final String WHO = "X-Test-Persona";

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withRolePolicy().withRequesters(ctx -> switch (
            ctx.header(WHO) == null ? "" : ctx.header(WHO)) {
        case "modena" -> new Requester.Account(1, "pianificatore.modena", false,
                List.of(new Grant("Modena", Role.PIANIFICATORE)));
        case "parma" -> new Requester.Account(2, "pianificatore.parma", false, List.of(new Grant("Parma", Role.PIANIFICATORE)));
        default -> Requester.ANONYMOUS;
    });

    @Test
    void only_a_planner_of_the_files_entity_previews_it() throws Exception {
        var document = server.get("/api/v1/plans/Modena/2022/export/full", WHO, "modena");
        assertThat(document.statusCode()).isEqualTo(200);
        var bytes = document.body().getBytes(StandardCharsets.UTF_8);

        var other = FullImportPagesTest.upload(server, bytes, true, WHO, "parma");
        var own = FullImportPagesTest.upload(server, bytes, true, WHO, "modena");

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Conferma e importa");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("Conferma e importa");
    }
}
