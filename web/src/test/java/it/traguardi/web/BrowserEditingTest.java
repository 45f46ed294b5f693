package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import it.traguardi.exchange.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Creating and editing plans in a real browser: upload with preview and confirm, weight groups
 * refused and saved, an edit over a stale version, the formula check, copying a plan to next year.
 * The tests share one database, so each works on its own entity or group.
 */
class BrowserEditingTest extends BrowserTest {

    private static final byte[] BROKEN = EditedSeeds.utf8(EditedSeeds.replacingFirst("33,33%\t1 - ", "33,3x%\t1 - "));

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    private void upload(String name, byte[] bytes, String entity) {
        page.navigate("/piani/nuovo");
        page.getByLabel("File alberatura (.tsv o .xlsx)").setInputFiles(new FilePayload(name, "text/tab-separated-values", bytes));
        page.getByLabel("Ente (facoltativo)").fill(entity);
        // the page has a second "Mostra l'anteprima", of the full export's form: this is the alberatura's
        page.getByLabel("Da un file alberatura").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Mostra l'anteprima")).click();
    }

    @Test
    void the_seed_uploaded_under_another_entity_is_previewed_then_stored_on_confirm() {
        page.navigate("/piani/nuovo");
        heading("Nuovo piano");
        checkAccessibility("plan-new");

        upload("alberatura-modena-2022.tsv", DemoData.modena2022(), "Reggio Emilia");

        heading("Anteprima del piano");
        assertThat(page.locator("#preview-summary")).containsText("Reggio Emilia per il 2022");
        assertThat(page.locator("#counts")).containsText("94");
        checkAccessibility("plan-upload-preview");
        assertThat(store.version("Reggio Emilia", 2022)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma e registra il piano")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Reggio%20Emilia/2022$"));
        heading("Piano Reggio Emilia 2022");
        assertThat(store.load("Reggio Emilia", 2022).orElseThrow().indicators().count()).isEqualTo(94);
    }

    @Test
    void a_corrected_file_uploaded_over_a_stored_plan_is_compared_then_replaces_it_and_the_gone_value_stays_readable() {
        upload("alberatura-modena-2022.tsv", DemoData.modena2022(), "Piacenza");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma e registra il piano")).click();
        var value = context.request().post("/api/v1/plans/Piacenza/2022/values", RequestOptions.create()
                .setHeader("Content-Type", "application/json").setHeader("X-CSRF-Token", csrfToken())
                .setData("[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"1500\", \"reason\": \"prova\"}]"));
        assertThat(value.status()).isEqualTo(201);

        upload("alberatura-senza-301.51.tsv", EditedSeeds.without301_51(), "Piacenza");

        assertThat(page.locator("#replacement-summary")).containsText("126 nodi invariati");
        assertThat(page.locator("#replacement-changes tbody tr")).hasCount(1);
        assertThat(page.locator("#replacement-changes tbody tr")).containsText("eliminato");
        assertThat(page.locator("#replacement-changes tbody tr")).containsText("1 valore, nessun commento");
        checkAccessibility("plan-upload-replacement");
        assertThat(store.version("Piacenza", 2022)).contains(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sostituisci il piano")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Piacenza/2022\\?esito=sostituito$"));
        assertThat(page.locator("#plan-notice")).containsText("Il piano è stato sostituito");
        assertThat(store.version("Piacenza", 2022)).contains(2);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vedi i valori e i commenti non più collegati")).click();

        heading("Valori non più collegati: Piacenza 2022");
        assertThat(page.locator("section.detached-node h2")).containsText("301.51 - ");
        assertThat(page.locator("section.detached-node tbody tr")).containsText("1.500 N.");
        checkAccessibility("plan-detached-values");
    }

    @Test
    void a_broken_file_lists_every_problem_with_line_and_field_and_offers_no_confirm() {
        upload("rotto.tsv", BROKEN, "Parma");

        assertThat(page.locator("#problems tbody tr")).hasCount(1);
        assertThat(page.locator("#problems tbody tr").first()).containsText("rotto.tsv");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma e registra il piano")))
                .hasCount(0);
        checkAccessibility("plan-upload-problems");
        assertThat(store.version("Parma", 2022)).isEmpty();
    }

    @Test
    void a_weight_group_that_sums_to_90_is_refused_and_nothing_is_saved() {
        var version = store.version("Modena", 2022).orElseThrow();
        page.navigate("/piani/Modena/2022/modifica");
        checkAccessibility("plan-edit");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pesi: Ambiti strategici")).click();
        checkAccessibility("plan-weights");
        var inputs = page.locator(".weight-input");

        for (int i = 0; i < 3; i++) {
            inputs.nth(i).fill("30");
        }
        assertThat(page.locator("#weights-sum")).hasText("90,00%");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#weights-error")).hasText("La somma dei pesi è 90,00%: deve essere 100,00%");
        assertThat(inputs.first()).hasValue("30");
        checkAccessibility("plan-weights-refused");
        assertThat(store.version("Modena", 2022)).contains(version);
    }

    @Test
    void a_weight_group_that_makes_100_is_saved() {
        var plan = store.load("Modena", 2022).orElseThrow();
        var os = plan.strategicObjectives().findFirst().orElseThrow();
        page.navigate("/piani/Modena/2022/modifica/gruppi/" + os.id().value() + "-parts");

        page.getByLabel("Indicatori").fill("40");
        page.getByLabel("Obiettivi operativi").fill("60,00");
        assertThat(page.locator("#weights-sum")).hasText("100,00%");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#notice")).containsText("Modifiche salvate");
        var saved = store.load("Modena", 2022).orElseThrow().strategicObjectives().findFirst().orElseThrow();
        assertThat(saved.indicatorGroupWeight()).isEqualTo(Weight.percent("40"));
        assertThat(saved.operationalGroupWeight()).isEqualTo(Weight.percent("60"));
    }

    @Test
    void saving_over_a_plan_changed_meanwhile_is_refused_and_shows_what_changed() {
        var plan = store.load("Modena", 2022).orElseThrow();
        var area = plan.areas().get(1);
        var objectives = area.objectives();
        page.navigate("/piani/Modena/2022/modifica/gruppi/" + area.id().value());
        var first = objectives.getFirst();
        var others = objectives.subList(1, objectives.size()).stream().map(o -> o.weight()).toList();
        var moved = new ArrayList<Weight>(List.of(Weight.ZERO));
        moved.addAll(others);
        moved.set(1, new Weight(others.getFirst().percent().add(first.weight().percent())));
        store.replace(PlanEdits.setWeights(plan, new SiblingGroup.Objectives(area.id()), moved),
                store.version("Modena", 2022).orElseThrow(), TestActors.TESTER);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#stale")).containsText("nulla è stato salvato");
        assertThat(page.locator("#stale .stale-changes li").first())
                .containsText("Peso: " + ItalianFormat.format(first.weight()) + " → 0,00%");
        checkAccessibility("plan-weights-stale");
        assertThat(store.load("Modena", 2022).orElseThrow().areas().get(1).objectives().getFirst().weight())
                .isEqualTo(Weight.ZERO);
    }

    @Test
    void the_formula_field_shows_the_parser_messages_and_a_valid_edit_is_saved() {
        var indicator = store.load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow();
        page.navigate("/piani/Modena/2022/modifica/nodi/" + indicator.id().value());

        page.getByLabel("Formula").fill("D1.1_2 +");
        assertThat(page.locator("#formula-messages")).containsText("colonna");
        checkAccessibility("node-edit-formula");

        page.getByLabel("Formula").fill("");
        assertThat(page.locator("#formula-messages")).containsText("Formula valida");
        page.getByLabel("Titolo").fill("Titolo cambiato nel browser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#notice")).containsText("Modifiche salvate");
        assertThat(store.load("Modena", 2022).orElseThrow().indicators().findFirst().orElseThrow().title())
                .isEqualTo("Titolo cambiato nel browser");
    }

    @Test
    void an_indicators_baseline_owner_and_target_are_edited_and_a_loose_reading_is_shown_after_saving() {
        // the first indicator is another test's; this one counts things (N.), so "N." fits its unit
        var indicator = store.load("Modena", 2022).orElseThrow().indicators().skip(1)
                .filter(i -> i.definition().unit() == Unit.COUNT).findFirst().orElseThrow();
        page.navigate("/piani/Modena/2022/modifica/nodi/" + indicator.id().value());

        page.getByLabel("Baseline 2021").fill("mille");
        page.getByLabel("Centro di responsabilità").fill("Area Promozione e sviluppo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#baseline-2021-errors")).containsText("mille");
        checkAccessibility("node-edit-baseline-refused");
        // refused as a whole: the owner typed beside the bad baseline is not saved either
        assertThat(stored(indicator).definition().owner()).isEqualTo(indicator.definition().owner());

        page.getByLabel("Baseline 2021").fill("1.500 N.");
        page.getByLabel("Target 2022").fill("> 1.600 N.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#notice")).containsText("Modifiche salvate");
        assertThat(page.locator("#target-2022-reading")).containsText("«>» è letto come «≥ 1.600 N.»");
        checkAccessibility("node-edit-target-read-loosely");
        var saved = stored(indicator).definition();
        assertThat(saved.owner()).isEqualTo("Area Promozione e sviluppo");
        assertThat(((Value.Amount) saved.baselines().get(2021)).quantity().amount()).isEqualByComparingTo("1500");
        assertThat(ShownFormat.of(saved.targets().get(2022))).isEqualTo("≥ 1.600 N.");

        page.navigate("/piani/Modena/2022/indicatori/" + indicator.id().value());
        assertThat(page.locator("main")).containsText("Area Promozione e sviluppo");
        assertThat(page.locator("main")).containsText("≥ 1.600 N.");
    }

    @Test
    void a_target_typed_in_words_is_shown_beside_its_reading_and_kept_in_the_form() {
        // another counting indicator than the other tests edit, so "N." fits its unit
        var indicator = store.load("Modena", 2022).orElseThrow().indicators()
                .filter(i -> i.definition().unit() == Unit.COUNT).skip(2).findFirst().orElseThrow();
        page.navigate("/piani/Modena/2022/modifica/nodi/" + indicator.id().value());

        page.getByLabel("Target 2022").fill("almeno 1.600 N.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page).hasURL(Pattern.compile("esito=salvato"));
        assertThat(stored(indicator).definition().writtenTarget(2022)).contains("almeno 1.600 N.");
        page.navigate("/piani/Modena/2022/indicatori/" + indicator.id().value());
        assertThat(page.locator("table.years")).containsText("≥ 1.600 N.");
        assertThat(page.locator("table.years")).containsText("scritto «almeno 1.600 N.»");
        checkAccessibility("indicator-target-written");
        page.navigate("/piani/Modena/2022/modifica/nodi/" + indicator.id().value());
        assertThat(page.getByLabel("Target 2022")).hasValue("almeno 1.600 N.");
    }

    private Indicator stored(Indicator indicator) {
        return (Indicator) PlanEdits.node(store.load("Modena", 2022).orElseThrow(), indicator.id());
    }

    @Test
    void the_modena_2022_plan_is_copied_to_2023_and_opened() {
        page.navigate("/piani/nuovo");
        page.getByLabel("Piano da copiare").selectOption(new SelectOption()
                .setLabel("Modena 2022 → Modena 2023"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copia il piano")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2023$"));
        heading("Piano Modena 2023");
        assertThat(page.locator(".tree-count")).hasText("94 indicatori mostrati su 94");
        checkAccessibility("plan-copied");
        assertThat(store.load("Modena", 2023).orElseThrow().targetYears()).containsExactly(2023, 2024, 2025);
    }

    @Test
    void an_empty_plan_is_created_and_its_nodes_added_moved_and_deleted() {
        page.navigate("/piani/nuovo");
        page.getByLabel("Ente", new Page.GetByLabelOptions().setExact(true)).fill("Piacenza");
        page.getByLabel("Anno", new Page.GetByLabelOptions().setExact(true)).fill("2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea il piano vuoto")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Piacenza/2024/modifica$"));
        heading("Modifica del piano Piacenza 2024");
        addArea("Primo ambito");
        addArea("Secondo ambito");
        checkAccessibility("plan-edit-new");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sposta giù Primo ambito")).click();
        assertThat(page.locator("#notice")).containsText("Modifiche salvate");
        assertThat(store.load("Piacenza", 2024).orElseThrow().areas()).extracting(a -> a.title())
                .containsExactly("Secondo ambito", "Primo ambito");

        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Elimina Secondo ambito")).click();
        assertThat(page.locator("#notice")).containsText("Modifiche salvate");
        assertThat(store.load("Piacenza", 2024).orElseThrow().areas()).extracting(a -> a.title())
                .containsExactly("Primo ambito");
    }

    private void addArea(String title) {
        page.navigate("/piani/Piacenza/2024/modifica");
        var group = page.locator("#gruppo-0");
        group.locator("summary").click();
        group.getByLabel("Titolo").fill(title);
        group.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aggiungi")).click();
        heading("Modifica: " + title);
        page.navigate("/piani/Piacenza/2024/modifica");
    }
}
