package it.traguardi.web.values;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.web.RunningServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The values upload over real HTTP: the form, a file with a bad row (its line and field, nothing
 * recorded), a good file previewed and then confirmed.
 */
class UploadPagesTest {

    private static final String UPLOAD = "/piani/Modena/2022/valori/carica";
    private static final Pattern CONTENT = Pattern.compile("name=\"contenuto\" value=\"([^\"]*)\"");

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    @Test
    void the_form_asks_for_a_csv_in_italian_and_in_english() throws Exception {
        var italian = server.get(UPLOAD);
        var english = server.get(UPLOAD + "?lang=en");

        assertThat(italian.statusCode()).isEqualTo(200);
        assertThat(italian.body()).contains("<h1>Carica valori: Modena 2022</h1>").contains("File dei valori (CSV o XLSX)")
                .contains("code;period;value").contains("enctype=\"multipart/form-data\"");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("<h1>Upload values: Modena 2022</h1>")
                .contains("File of values (CSV or XLSX)");
    }

    @Test
    void a_file_with_a_bad_row_shows_its_line_and_field_and_records_nothing() throws Exception {
        // 880 of D1.1_10 reaches 31.D1.1.1's target (>= 800): that row needs no reason
        var csv = "code;period;value\nD1.1_10;2022-03-31;880\nNOPE;2022-03-31;1\n";

        var page = server.postFile(UPLOAD, "file", "valori.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(422);
        // one problem: line 3, field 1 "code" (NOPE is neither a measure nor an indicator of the plan)
        assertThat(page.body()).contains("Il file valori.csv ha 1 problema: nessun valore è stato registrato.")
                .contains("<td>3</td>").contains("<td>campo 1 («code»)</td>").doesNotContain("Conferma e registra");
        assertThat(server.get("/piani/Modena/2022/valori?periodo=2022-03-31").body())
                .doesNotContain("Valore attuale: 880 N.");
    }

    @Test
    void alike_bad_rows_are_one_problem_with_their_lines() throws Exception {
        // NOPE on lines 2, 3, 4 and 6 is the same problem; line 5 is a good row
        var csv = "code;period;value\nNOPE;2022-03-31;1\nNOPE;2022-03-31;2\nNOPE;2022-03-31;3\n"
                + "D1.1_10;2022-03-31;880\nNOPE;2022-03-31;4\n";

        var page = server.postFile(UPLOAD, "file", "valori.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Il file valori.csv ha 1 problema")
                .contains("<tr><td>2-4, 6</td><td>campo 1 («code»)</td>");
    }

    @Test
    void a_good_file_is_previewed_then_confirmed_and_its_values_are_recorded() throws Exception {
        var csv = "code;period;value\nD1.1_10;2022-03-31;880\n";

        var preview = server.postFile(UPLOAD, "file", "valori.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Il file valori.csv è corretto: questo valore sarà registrato.")
                .contains("Conferma e registra");
        var content = CONTENT.matcher(preview.body());
        assertThat(content.find()).as("the checked text goes back in a hidden field").isTrue();
        var text = content.group(1).replace("&#10;", "\n").replace("&#59;", ";");
        assertThat(text).isEqualTo(csv);
        assertThat(server.get("/piani/Modena/2022/valori?periodo=2022-03-31").body())
                .as("nothing recorded before the confirm").doesNotContain("Valore attuale: 880 N.");

        var confirmed = server.postForm(UPLOAD + "/conferma?periodo=2022-03-31",
                "nome=valori.csv&contenuto=" + URLEncoder.encode(text, StandardCharsets.UTF_8));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        var page = server.get(confirmed.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("Registrato 1 valore dal file valori.csv.").contains("Valore attuale: 880 N.");
    }
}
