package it.traguardi.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Italian and English bundles say the same things: same keys, same arguments, valid patterns. */
class MessagesSyncTest {

    private static final String BUNDLE = "/it/traguardi/core/i18n/messages_%s.properties";
    /** More than any message uses; a pattern using a higher index fails the index comparison. */
    private static final int MAX_ARGS = 10;

    @Test
    void italian_and_english_have_exactly_the_same_keys() throws IOException {
        var italian = load("it").stringPropertyNames();
        var english = load("en").stringPropertyNames();

        assertThat(italian).as("keys of messages_it").isNotEmpty();
        assertThat(new TreeSet<>(italian)).as("keys only in messages_it vs messages_en")
                .containsExactlyElementsOf(new TreeSet<>(english));
    }

    /**
     * No key is written twice: a bundle keeps the last of two silently, so a block merged twice
     * would change a text without anyone seeing it.
     */
    @ParameterizedTest(name = "messages_{0}")
    @ValueSource(strings = {"it", "en"})
    void no_key_is_written_twice(String language) throws IOException {
        try (var in = MessagesSyncTest.class.getResourceAsStream(BUNDLE.formatted(language))) {
            var keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).strip())
                    .toList();
            var twice = new TreeSet<String>();
            var seen = new HashSet<String>();
            keys.forEach(k -> {
                if (!seen.add(k)) {
                    twice.add(k);
                }
            });
            assertThat(twice).as("keys written twice in messages_" + language).isEmpty();
        }
    }

    @ParameterizedTest(name = "messages_{0}")
    @ValueSource(strings = {"it", "en"})
    void every_message_has_a_text(String language) throws IOException {
        var bundle = load(language);
        var blank = bundle.stringPropertyNames().stream().filter(k -> bundle.getProperty(k).isBlank()).toList();

        assertThat(blank).isEmpty();
    }

    @ParameterizedTest(name = "messages_{0}")
    @ValueSource(strings = {"it", "en"})
    void every_message_is_a_valid_pattern_with_its_apostrophes_doubled(String language) throws IOException {
        var bundle = load(language);
        var problems = new ArrayList<String>();
        for (var key : new TreeSet<>(bundle.stringPropertyNames())) {
            var pattern = bundle.getProperty(key);
            try {
                var shown = plain(pattern).format(markers());
                if (count(shown, '\'') * 2 != count(pattern, '\'')) {
                    problems.add(key + ": an apostrophe is not doubled");
                }
                if (shown.contains("{") || shown.contains("}")) {
                    problems.add(key + ": a placeholder is quoted and not replaced");
                }
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void italian_and_english_use_the_same_argument_indexes() throws IOException {
        var italian = load("it");
        var english = load("en");
        var differ = new TreeMap<String, String>();
        for (var key : italian.stringPropertyNames()) {
            if (english.containsKey(key)) {
                var it = argumentIndexes(italian.getProperty(key));
                var en = argumentIndexes(english.getProperty(key));
                if (!it.equals(en)) {
                    differ.put(key, "it " + it + ", en " + en);
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void argument_indexes_are_read_from_the_pattern_not_from_quoted_text() {
        assertThat(argumentIndexes("l''anno {1} e {0,number}, non '{2}'")).containsExactly(0, 1);
        assertThat(argumentIndexes("nessun argomento")).isEmpty();
    }

    /** The indexes a pattern prints, found by formatting it with a distinct marker for each index. */
    private static Set<Integer> argumentIndexes(String pattern) {
        var shown = plain(pattern).format(markers());
        var used = new TreeSet<Integer>();
        IntStream.range(0, MAX_ARGS).filter(i -> shown.contains(marker(i))).forEach(used::add);
        return used;
    }

    /** The pattern with typed placeholders ({@code {0,number}}) printing their argument as text. */
    private static MessageFormat plain(String pattern) {
        var format = new MessageFormat(pattern);
        format.setFormats(new Format[format.getFormats().length]);
        return format;
    }

    private static Object[] markers() {
        return IntStream.range(0, MAX_ARGS).mapToObj(MessagesSyncTest::marker).toArray();
    }

    private static String marker(int index) {
        return "\u0001arg" + index + "\u0001";
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static Properties load(String language) throws IOException {
        var path = BUNDLE.formatted(language);
        try (var in = MessagesSyncTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
