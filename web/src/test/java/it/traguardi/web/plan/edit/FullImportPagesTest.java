package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.web.RunningServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The full export imported from the new-plan page: previewed (a dry run: what would be stored, or
 * each problem with its JSON path), then confirmed, all or nothing; a plan already there only with
 * the replace box ticked.
 */
class FullImportPagesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    @Test
    void the_new_plan_page_offers_the_full_import_with_its_help_and_replace_box() throws Exception {
        var page = server.get("/piani/nuovo").body();

        assertThat(page).contains("Da un'esportazione completa (JSON)").contains("action=\"/piani/nuovo/completo\"")
                .contains("name=\"sostituisci\"").contains("Sostituisci il piano già presente");
    }

    @Test
    void a_full_export_is_previewed_then_replaces_the_plan_only_with_the_box_ticked() throws Exception {
        var exported = server.get("/api/v1/plans/Modena/2022/export/full").body();
        // the first node's title, in the plan's tree (node_identities, before it, only names the nodes)
        int nodes = exported.indexOf("\"nodes\" :");
        var document = exported.substring(0, nodes) + exported.substring(nodes)
                .replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"Titolo dal file\"");

        var refused = upload(document.getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<code>$.entity</code>")
                .contains("esiste già un piano per Modena 2022: spuntare «Sostituisci il piano già presente»");

        var preview = upload(document.getBytes(StandardCharsets.UTF_8), true);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("Confermando si sostituisce il piano di Modena per il 2022")
                .contains("<code>nodes</code></th><td>127</td>").contains("Conferma e importa");
        // a dry run: nothing is stored before the confirmation
        assertThat(server.get("/piani/Modena/2022").body()).doesNotContain("Titolo dal file");

        var token = TOKEN.matcher(preview.body());
        assertThat(token.find()).isTrue();
        var confirmed = server.postForm("/piani/nuovo/completo/conferma", "token=" + token.group(1) + "&sostituisci=on");

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/piani/Modena/2022");
        assertThat(server.get("/piani/Modena/2022").body()).contains("Titolo dal file");
    }

    @Test
    void a_broken_document_shows_each_problem_at_its_json_path_and_a_json_of_another_kind_says_so() throws Exception {
        var document = server.get("/api/v1/plans/Modena/2022/export/full").body()
                .replaceFirst("\"year\" : 2022", "\"year\" : \"duemila\"");
        var planJson = "{\"schema\": \"traguardi.plan/1\"}".getBytes(StandardCharsets.UTF_8);

        var broken = upload(document.getBytes(StandardCharsets.UTF_8), true);
        var other = upload(planJson, false);
        var tsv = server.postFile("/piani/nuovo/completo", "file", "piano.tsv", "Ambito\tObiettivo\n".getBytes(
                StandardCharsets.UTF_8));

        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("<code>$.year</code>").contains("nulla è stato salvato");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("il file è JSON ma non un'esportazione completa «traguardi.full/1»: "
                + "il campo schema dice «traguardi.plan/1»");
        assertThat(tsv.statusCode()).isEqualTo(422);
        assertThat(tsv.body()).contains("il file piano.tsv non è JSON");
    }

    /** The form as a browser sends it: the file, and the replace box when ticked. */
    private HttpResponse<String> upload(byte[] content, boolean replace) throws Exception {
        return upload(server, content, replace);
    }

    static HttpResponse<String> upload(RunningServer server, byte[] content, boolean replace, String... headers)
            throws Exception {
        var boundary = "confine" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        if (replace) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"sostituisci\"\r\n\r\non\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"modena.json\""
                + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(server.uri("/piani/nuovo/completo"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
