package it.traguardi.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counted messages read right for none, one and many: "nessun valore", "1 valore", "2 valori",
 * "1.234 valori" (Italian grouping), and the same in English.
 */
class PluralsTest {

    private static final String BUNDLE = "it.traguardi.core.i18n.messages";
    private static final int[] COUNTS = {0, 1, 2, 1234};

    /** Plural nouns that must not follow a bare count: with a count of 1 they would read "1 valori". */
    private static final Map<String, String> PLURAL_NOUNS = Map.of(
            "it", "valori|indicatori|ambiti|obiettivi|errori|problemi|righe|nodi|commenti|misure|piani|elementi"
                    + "|pesi|avvisi|campi|argomenti|colonne|caratteri|volte|minuti|livelli|termini|cifre|decimali"
                    + "|anni|rilievi|esclusi|periodi|codici",
            // "file" is left out of the Italian list on purpose: it does not change in the plural (1 file, 2 file).
            "en", "values|indicators|areas|objectives|errors|problems|rows|lines|nodes|comments|measures|plans"
                    + "|members|weights|warnings|fields|files|arguments|columns|characters|times|minutes|levels"
                    + "|terms|digits|decimals|years|findings|codes");

    /** Bare counts before a plural noun that are never 1 (or 0), with the reason. Same keys in both languages. */
    private static final Map<String, String> NEVER_ONE = Map.of(
            "check.duplicate_code", "a duplicated code appears at least twice",
            "limit.amount", "fixed limits: 26 digits before the decimal mark and 12 decimals (Limits)",
            "limit.cell", "a cell longer than the 200-character limit, and that limit",
            "limit.text.too-long", "a text longer than its limit (200 characters or more), and that limit",
            "formula.nesting.too-deep", "the fixed depth limit of 64 (Parser.MAX_DEPTH)",
            "formula.height.too-tall", "the fixed height limit of 64 (Limits.FORMULA_DEPTH)",
            "formula.too-long", "a formula longer than the 4000-character limit, and that limit",
            "formula.check.too-long", "a canonical formula longer than the 4000-character limit, and that limit",
            "formula.reading.too-long", "the 4000-character formula limit");
    /** Exceptions of one language only. */
    private static final Map<String, Map<String, String>> NEVER_ONE_IN = Map.of(
            "it", Map.of("import.row.fields", "the alberatura layout expects 11 or 12 fields"),
            "en", Map.of("limit.plan-years", "{0} is the word baseline or target, not a count"));

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        it | cli.values.imported | 0;Modena;2022    | Nessun valore registrato per Modena 2022.
        it | cli.values.imported | 1;Modena;2022    | Registrato 1 valore per Modena 2022.
        it | cli.values.imported | 2;Modena;2022    | Registrati 2 valori per Modena 2022.
        it | cli.values.imported | 1234;Modena;2022 | Registrati 1.234 valori per Modena 2022.
        en | cli.values.imported | 0;Modena;2022    | No values recorded for Modena 2022.
        en | cli.values.imported | 1;Modena;2022    | Recorded 1 value for Modena 2022.
        en | cli.values.imported | 2;Modena;2022    | Recorded 2 values for Modena 2022.
        en | cli.values.imported | 1234;Modena;2022 | Recorded 1,234 values for Modena 2022.
        it | cli.values.problems | 1    | 1 errore: nessun valore registrato.
        it | cli.values.problems | 2    | 2 errori: nessun valore registrato.
        it | cli.values.problems | 1234 | 1.234 errori: nessun valore registrato.
        en | cli.values.problems | 1    | 1 error: no value recorded.
        en | cli.values.problems | 1234 | 1,234 errors: no value recorded.
        it | web.tree.count | 0;94      | Nessun indicatore mostrato su 94
        it | web.tree.count | 1;94      | 1 indicatore mostrato su 94
        it | web.tree.count | 2;94      | 2 indicatori mostrati su 94
        it | web.tree.count | 1234;2000 | 1.234 indicatori mostrati su 2.000
        en | web.tree.count | 0;0       | 0 of 0 indicators shown
        en | web.tree.count | 1;1       | 1 of 1 indicator shown
        en | web.tree.count | 2;94      | 2 of 94 indicators shown
        en | web.tree.count | 1234;2000 | 1,234 of 2,000 indicators shown
        it | cli.import.done | Modena;2022;0;1;2;1234 | Importato il piano Modena 2022: nessun ambito, 1 obiettivo strategico, 2 obiettivi operativi, 1.234 indicatori.
        it | cli.import.done | Modena;2022;1;0;1;0    | Importato il piano Modena 2022: 1 ambito, nessun obiettivo strategico, 1 obiettivo operativo, nessun indicatore.
        en | cli.import.done | Modena;2022;0;1;2;1234 | Imported the plan Modena 2022: no areas, 1 strategic objective, 2 operational objectives, 1,234 indicators.
        en | cli.import.done | Modena;2022;1;0;1;0    | Imported the plan Modena 2022: 1 area, no strategic objectives, 1 operational objective, no indicators.
        it | cli.import.would-create | Modena;2022;2;2;0;1 | Il piano Modena 2022 verrebbe importato: 2 ambiti, 2 obiettivi strategici, nessun obiettivo operativo, 1 indicatore.
        it | replace.summary | 3;0;1;0;2;1234 | Confronto con il piano registrato: 3 nodi invariati, nessuno spostato, 1 rinominato, nessuno incerto, 2 nuovi, 1.234 eliminati.
        it | replace.summary | 1;1;0;2;1;0    | Confronto con il piano registrato: 1 nodo invariato, 1 spostato, nessuno rinominato, 2 incerti, 1 nuovo, nessuno eliminato.
        it | replace.summary | 0;2;2;1;0;1    | Confronto con il piano registrato: nessun nodo invariato, 2 spostati, 2 rinominati, 1 incerto, nessuno nuovo, 1 eliminato.
        en | replace.summary | 3;0;1;0;2;1234 | Compared with the stored plan: 3 nodes unchanged, none moved, 1 renamed, none uncertain, 2 new, 1,234 gone.
        en | replace.summary | 1;1;0;2;1;0    | Compared with the stored plan: 1 node unchanged, 1 moved, none renamed, 2 uncertain, 1 new, none gone.
        it | replace.detached | 1;0;1    | 1 valore e nessun commento di 1 nodo non più nel piano: tutto resta consultabile, senza passare ad altri nodi.
        it | replace.detached | 0;2;1    | Nessun valore e 2 commenti di 1 nodo non più nel piano: tutto resta consultabile, senza passare ad altri nodi.
        it | replace.detached | 1234;1;2 | 1.234 valori e 1 commento di 2 nodi non più nel piano: tutto resta consultabile, senza passare ad altri nodi.
        en | replace.detached | 1;0;1    | 1 value and no comments of 1 node no longer in the plan: it all stays readable, and moves to no other node.
        en | replace.detached | 2;1;3    | 2 values and 1 comment of 3 nodes no longer in the plan: it all stays readable, and moves to no other node.
        it | replace.records | 0;1 | nessun valore, 1 commento
        it | replace.records | 2;0 | 2 valori, nessun commento
        en | replace.records | 1;2 | 1 value, 2 comments
        it | plan.edit.weights-count | 1;0 | Il gruppo ha 1 elemento, ma non è stato dato nessun peso.
        it | plan.edit.weights-count | 0;1 | Il gruppo non ha elementi, ma è stato dato 1 peso.
        it | plan.edit.weights-count | 3;2 | Il gruppo ha 3 elementi, ma sono stati dati 2 pesi.
        en | plan.edit.weights-count | 1;0 | The group has 1 member, but no weights were given.
        en | plan.edit.weights-count | 0;1 | The group has no members, but 1 weight was given.
        en | plan.edit.weights-count | 3;2 | The group has 3 members, but 2 weights were given.
        it | formula.function.arity | abs;1;2   | la funzione abs ha 2 argomenti, ma ne vuole 1
        it | formula.function.arity | round;2;1 | la funzione round ha 1 argomento, ma ne vuole 2
        it | formula.function.arity | min;1+;0  | la funzione min non ha argomenti, ma ne vuole 1+
        en | formula.function.arity | round;2;1 | the function round has 1 argument but takes 2
        en | formula.function.arity | min;1+;0  | the function min has no arguments but takes 1+
        it | import.header.fields | 1 | intestazione con 1 campo: attesi 12 (o 11 nel formato con codice e titolo separati)
        en | import.header.fields | 3 | header with 3 fields: expected 12 (or 11 in the layout with code and title apart)
        it | import.row.fields | 12;1    | attesi 12 campi separati da tabulazione, trovato 1
        it | import.row.fields | 12;1234 | attesi 12 campi separati da tabulazione, trovati 1.234
        it | values.import.columns | 1 | attese 3 colonne (4 con «reason») separate da «;», trovata 1
        it | values.import.columns | 5 | attese 3 colonne (4 con «reason») separate da «;», trovate 5
        it | score.node.noMeasurableChild | 1 | N/D: nessun elemento misurabile (1 escluso)
        it | score.node.noMeasurableChild | 2 | N/D: nessun elemento misurabile (2 esclusi)
        it | web.entry.upload.problems | valori.csv;1 | Il file valori.csv ha 1 problema: nessun valore è stato registrato. Correggere il file e ricaricarlo.
        en | web.entry.upload.problems | valori.csv;2 | The file valori.csv has 2 problems: no value was recorded. Fix the file and upload it again.
        it | web.entry.upload.rows | valori.csv;1 | Il file valori.csv è corretto: questo valore sarà registrato.
        it | web.entry.upload.rows | valori.csv;2 | Il file valori.csv è corretto: questi 2 valori saranno registrati.
        en | web.entry.upload.rows | valori.csv;1 | The file valori.csv is correct: this value will be recorded.
        it | web.entry.upload.done | 1;valori.csv | Registrato 1 valore dal file valori.csv.
        en | web.entry.upload.done | 3;valori.csv | Recorded 3 values from the file valori.csv.
        it | web.edit.preview.invalid | rotto.tsv;1 | Il file rotto.tsv contiene 1 problema: nulla è stato salvato.
        en | web.edit.preview.invalid | rotto.tsv;1 | The file rotto.tsv has 1 problem: nothing was saved.
        """)
    void a_counted_message_reads_right_for_none_one_and_many(String language, String key, String args, String expected) {
        assertThat(Messages.forLanguage(language).get(key, arguments(args))).isEqualTo(expected);
    }

    @Test
    void a_full_upload_area_says_one_minute_and_one_file_in_the_singular() {
        assertThat(Messages.forLanguage("it").get("web.edit.upload.full", 5, 8, 3, 100, 1))
                .endsWith("(5 MB su 8 MB, 3 file su 100): questo file non è stato tenuto, e nessun caricamento in attesa"
                        + " è stato scartato. Confermare i caricamenti aperti oppure riprovare tra 1 minuto.");
        assertThat(Messages.forLanguage("en").get("web.edit.upload.full", 5, 8, 1, 1, 2))
                .contains("(5 MB of 8 MB, 1 of 1 file)").endsWith("try again in 2 minutes.");
    }

    /** Every choice: its own branch for 0, for 1 and for more, and the number formatted for the language. */
    @ParameterizedTest(name = "messages_{0}")
    @ValueSource(strings = {"it", "en"})
    void every_choice_has_a_branch_for_none_one_and_many_with_the_number_formatted(String language) {
        var bundle = bundle(language);
        var messages = Messages.forLanguage(language);
        var onePlural = Pattern.compile("\\b1 (?:" + PLURAL_NOUNS.get(language) + ")\\b");
        var problems = new ArrayList<String>();
        var keys = choiceKeys(bundle);
        assertThat(keys).as("messages with a choice in messages_" + language).hasSizeGreaterThan(15);
        for (var key : keys) {
            var format = new MessageFormat(bundle.getString(key), messages.locale());
            for (var choice : format.getFormats()) {
                if (choice instanceof ChoiceFormat c && !Arrays.equals(c.getLimits(), new double[] {0, 1, Math.nextUp(1.0)})) {
                    problems.add(key + ": limits " + Arrays.toString(c.getLimits()) + " instead of 0, 1, more");
                }
            }
            for (int count : COUNTS) {
                var text = messages.get(key, countsAndMarkers(format, count));
                if (count == 1 && onePlural.matcher(text).find()) {
                    problems.add(key + ": a plural after 1 in «" + text + "»");
                }
                var grouped = NumberFormat.getIntegerInstance(messages.locale()).format(count);
                if (count == 1234 && !text.contains(grouped)) {
                    problems.add(key + ": no " + grouped + " in «" + text + "»");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A new message with "{0} valori" and no choice would print "1 valori": this finds it. */
    @ParameterizedTest(name = "messages_{0}")
    @ValueSource(strings = {"it", "en"})
    void no_bare_count_stands_before_a_plural_noun_unless_it_is_never_one(String language) {
        var bundle = bundle(language);
        var bare = Pattern.compile("\\{\\d+\\}\\s+(?:" + PLURAL_NOUNS.get(language) + ")\\b");
        var found = new TreeSet<String>();
        for (var key : Collections.list(bundle.getKeys())) {
            if (bare.matcher(bundle.getString(key)).find()) {
                found.add(key);
            }
        }
        var allowed = new TreeMap<>(NEVER_ONE);
        allowed.putAll(NEVER_ONE_IN.get(language));
        assertThat(found).as("bare counts before a plural noun in messages_" + language)
                .containsExactlyElementsOf(allowed.keySet());
    }

    @Test
    void the_guard_sees_a_bare_count_before_a_plural_noun() {
        var bare = Pattern.compile("\\{\\d+\\}\\s+(?:" + PLURAL_NOUNS.get("it") + ")\\b");
        assertThat(bare.matcher("Registrati {0} valori per {1}.").find()).isTrue();
        assertThat(bare.matcher("{0,choice,0#nessun valore|1#1 valore|1<{0,number,integer} valori}").find()).isFalse();
        assertThat(bare.matcher("{2} file su {3}").find()).isFalse();
    }

    private static TreeSet<String> choiceKeys(ResourceBundle bundle) {
        var keys = new TreeSet<String>();
        for (var key : Collections.list(bundle.getKeys())) {
            if (bundle.getString(key).contains(",choice,")) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The count for every formatted argument, a text marker for every other one. */
    private static Object[] countsAndMarkers(MessageFormat format, int count) {
        Format[] formats = format.getFormatsByArgumentIndex();
        var args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            args[i] = formats[i] == null ? "«arg" + i + "»" : (Object) count;
        }
        return args;
    }

    /** "0;Modena;2022" as arguments: whole numbers become Integers, like the counts callers pass. */
    private static Object[] arguments(String args) {
        return Arrays.stream(args.split(";"))
                .map(a -> a.matches("\\d+") ? (Object) Integer.valueOf(a) : a)
                .toArray();
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
