package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import it.traguardi.web.EditedSeeds;
import it.traguardi.web.RunningServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editing and creation pages over real HTTP, in Italian and English: the plan's edit page,
 * a node's form, a weight group's form, the new-plan page and an upload's preview.
 */
class PlanEditPagesTest {

    private static final String EDIT = "/piani/Modena/2022/modifica";
    private static final Pattern GROUP_LINK = Pattern.compile("href=\"(" + EDIT + "/gruppi/[^\"#]+)\"");

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    private Plan plan;

    @BeforeEach
    void load() {
        plan = server.store().load("Modena", 2022).orElseThrow();
    }

    @Test
    void the_edit_page_lists_the_nodes_with_a_link_to_each_form() throws Exception {
        var italian = server.get(EDIT);
        var english = server.get(EDIT + "?lang=en");
        var indicator = plan.indicators().filter(i -> i.code().equals("301.50")).findFirst().orElseThrow();

        assertThat(italian.statusCode()).isEqualTo(200);
        assertThat(italian.body()).contains("<h1>Modifica del piano Modena 2022</h1>")
                .contains("301.50 - Fatturato export provinciale")
                .contains("href=\"" + EDIT + "/nodi/" + indicator.id().value())
                .containsPattern(GROUP_LINK);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("<h1>Editing plan Modena 2022</h1>")
                .doesNotContain("Modifica del piano");
    }

    @Test
    void a_node_form_holds_the_node_s_fields() throws Exception {
        var indicator = plan.indicators().filter(i -> i.code().equals("301.50")).findFirst().orElseThrow();

        var italian = server.get(EDIT + "/nodi/" + indicator.id().value());
        var english = server.get(EDIT + "/nodi/" + indicator.id().value() + "?lang=en");

        assertThat(italian.statusCode()).isEqualTo(200);
        assertThat(italian.body()).contains("<h1>Modifica: 301.50 - Fatturato export provinciale</h1>")
                .contains("value=\"Fatturato export provinciale\"").contains("Valore esportazioni Driver Export")
                .contains("Formula");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<h1>Edit: 301.50 - Fatturato export provinciale</h1>");
        assertThat(server.get(EDIT + "/nodi/99999").statusCode()).isEqualTo(404);
    }

    @Test
    void a_node_form_shows_and_saves_baselines_source_owner_and_targets() throws Exception {
        var indicator = plan.indicators().filter(i -> i.code().equals("301.50")).findFirst().orElseThrow();
        var form = EDIT + "/nodi/" + indicator.id().value();

        assertThat(server.get(form).body()).contains("name=\"baseline.2019\"").contains("name=\"baseline.2021\"")
                .contains("name=\"source\"").contains("name=\"owner\"").contains("Centro di responsabilità")
                .contains("Baseline per anno");

        var saved = server.postForm(form, formOf(indicator, Map.of("source", "Banca dati ISTAT",
                "owner", "Ufficio Statistica", "baseline.2021", "2.355 €", "target.2024", "non inferiore a 3.000 €")));

        assertThat(saved.statusCode()).isEqualTo(303);
        var d = server.store().load("Modena", 2022).orElseThrow().node(indicator.id()).map(n -> ((Indicator) n).definition())
                .orElseThrow();
        assertThat(d.dataSource()).isEqualTo("Banca dati ISTAT");
        assertThat(d.owner()).isEqualTo("Ufficio Statistica");
        assertThat(d.baselines()).containsEntry(2021, ItalianFormat.parseValue("2.355 €"));
        assertThat(d.targets()).containsEntry(2024, ItalianFormat.parseTarget("non inferiore a 3.000 €"));
    }

    @Test
    void a_node_form_with_a_bad_baseline_shows_the_field_s_problem_and_stores_nothing() throws Exception {
        var indicator = plan.indicators().filter(i -> i.code().equals("301.50")).findFirst().orElseThrow();

        var refused = server.postForm(EDIT + "/nodi/" + indicator.id().value(),
                formOf(indicator, Map.of("baseline.2020", "parecchi", "owner", "Ufficio Nuovo")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"baseline-2020-errors\"").contains("value=\"parecchi\"")
                .contains("value=\"Ufficio Nuovo\"");
        assertThat(server.store().version("Modena", 2022)).contains(1);
        assertThat(server.store().load("Modena", 2022).orElseThrow()).isEqualTo(plan);
    }

    /** The form as the page sends it: every field as stored, then {@code changes}. */
    private String formOf(Indicator indicator, Map<String, String> changes) {
        var d = indicator.definition();
        var fields = new LinkedHashMap<String, String>();
        fields.put("versione", "1");
        fields.put("code", indicator.code());
        fields.put("title", indicator.title());
        fields.put("weight", ItalianFormat.formatNumber(indicator.weight().percent()));
        fields.put("algorithm", d.algorithm());
        fields.put("formula", d.formula());
        fields.put("unit", d.unit().name());
        fields.put("source", d.dataSource());
        fields.put("owner", d.owner());
        plan.baselineYears().forEach(y -> fields.put("baseline." + y,
                d.baselines().containsKey(y) ? ItalianFormat.format(d.baselines().get(y)) : ""));
        plan.targetYears().forEach(y -> fields.put("target." + y,
                d.targets().containsKey(y) ? ItalianFormat.format(d.targets().get(y)) : ""));
        fields.putAll(changes);
        var out = new StringJoiner("&");
        fields.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    @Test
    void a_weight_group_form_shows_each_member_and_the_sum() throws Exception {
        var link = GROUP_LINK.matcher(server.get(EDIT).body());
        assertThat(link.find()).isTrue();

        var italian = server.get(link.group(1));
        var english = server.get(link.group(1) + "?lang=en");

        assertThat(italian.statusCode()).isEqualTo(200);
        // the seed's groups all make 100% (SeedImportTest)
        assertThat(italian.body()).contains("<h1>Pesi: ").contains("Pesi del gruppo, in percentuale")
                .contains("Somma:").contains("100,00%");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<h1>Weights: ").contains("Weights of the group, in percent");
    }

    @Test
    void the_new_plan_page_offers_an_empty_plan_an_upload_and_a_copy() throws Exception {
        var italian = server.get("/piani/nuovo");
        var english = server.get("/piani/nuovo?lang=en");

        assertThat(italian.statusCode()).isEqualTo(200);
        assertThat(italian.body()).contains("<h1>Nuovo piano</h1>").contains("Crea il piano vuoto")
                .contains("File alberatura (.tsv o .xlsx)").contains("Copia il piano");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("<h1>New plan</h1>")
                .contains("Show the preview");
    }

    @Test
    void an_uploaded_alberatura_is_previewed_and_a_broken_one_lists_its_line() throws Exception {
        // the seed under another entity: its three sections' title lines all name Parma
        var good = server.postFile("/piani/nuovo/caricamento", "file", "alberatura.tsv",
                EditedSeeds.utf8(EditedSeeds.TEXT.replace("pianificazioneModena_2022", "pianificazioneParma_2022")));
        var broken = server.postFile("/piani/nuovo/caricamento", "file", "rotta.tsv",
                EditedSeeds.utf8(EditedSeeds.withLineEdited(7, "33,33%", "33,3x%")));

        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("<h1>Anteprima del piano</h1>").contains("Parma");
        assertThat(broken.statusCode()).isEqualTo(422);
        // one problem: the first area's weight, line 7, field 1, headed «Ambito» in the file
        assertThat(broken.body()).contains("<tr><td>rotta.tsv</td><td>7</td><td>campo 1 («Ambito»)</td><td>");
        assertThat(server.store().version("Parma", 2022)).as("nothing stored before the confirm").isEmpty();
    }

    @Test
    void alike_problems_of_an_uploaded_alberatura_are_one_row_with_their_lines() throws Exception {
        // the same unreadable weight on lines 12, 13 and 17, and nothing else wrong
        var broken = server.postFile("/piani/nuovo/caricamento", "file", "rotta.tsv",
                EditedSeeds.utf8(EditedSeeds.withLinesEdited("50,00%", "5O,00%", 12, 13, 17)));

        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("Il file rotta.tsv contiene 1 problema")
                .contains("<tr><td>rotta.tsv</td><td>12-13, 17</td><td>campo 1 («Ambito»)</td><td>peso non leggibile: «5O,00%»");
    }

    @Test
    void a_title_without_a_year_is_told_in_the_words_of_the_form_not_of_the_command_line() throws Exception {
        var noYear = EditedSeeds.utf8(EditedSeeds.TEXT.replace("pianificazioneModena_2022", "pianificazioneModena"));

        var italian = server.postFile("/piani/nuovo/caricamento", "file", "piano.tsv", noYear);
        var english = server.postFile("/piani/nuovo/caricamento?lang=en", "file", "piano.tsv", noYear);

        assertThat(italian.statusCode()).isEqualTo(422);
        assertThat(italian.body()).contains("il titolo non indica l'anno del piano")
                .contains("correggere il titolo nel file").doesNotContain("--year").doesNotContain("--entity");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("the title does not give the plan year")
                .contains("correct the title in the file").doesNotContain("--year");
    }

    @Test
    void the_preview_counts_the_warnings_of_each_kind_before_telling_them() throws Exception {
        var page = server.postFile("/piani/nuovo/caricamento", "file", "alberatura.tsv",
                EditedSeeds.utf8(EditedSeeds.TEXT.replace("pianificazioneModena_2022", "pianificazioneParma_2022")));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        // the seed's 49 warnings (NotationsValuesSetTest adds 4 targets read with a warning to them)
        assertThat(page.body()).contains("<h2 class=\"h4\">Avvisi: 49</h2>")
                .contains("<dt class=\"col-sm-4\">Codici duplicati</dt><dd class=\"col-sm-8\">4</dd>")
                .contains("<dt class=\"col-sm-4\">Algoritmi senza formula leggibile</dt><dd class=\"col-sm-8\">40</dd>")
                .containsSubsequence("id=\"warning-kinds\"", "Dettaglio degli avvisi", "id=\"warnings\"");
    }
}
