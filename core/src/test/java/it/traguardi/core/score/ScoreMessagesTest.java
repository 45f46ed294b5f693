package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoreMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/it/traguardi/core/score");
    private static final Pattern KEY = Pattern.compile("\"(score\\.[A-Za-z.]+)\"");

    private static Set<String> scoreKeys(String language) throws IOException {
        var properties = new Properties();
        var name = "/it/traguardi/core/i18n/messages_" + language + ".properties";
        try (var in = new InputStreamReader(ScoreMessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("score."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keysUsedInCode() throws IOException {
        var used = new TreeSet<String>();
        try (var files = Files.list(SOURCES)) {
            for (var file : files.toList()) {
                KEY.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        return used;
    }

    @Test
    void italian_and_english_have_the_same_score_keys() throws IOException {
        assertThat(scoreKeys("en")).isEqualTo(scoreKeys("it")).isNotEmpty();
    }

    @Test
    void every_score_key_used_in_the_code_has_a_text() throws IOException {
        assertThat(keysUsedInCode()).isNotEmpty();
        assertThat(scoreKeys("it")).containsAll(keysUsedInCode());
    }

    @Test
    void every_score_text_renders_in_both_languages() throws IOException {
        for (var messages : new Messages[] {Messages.forLanguage("it"), Messages.forLanguage("en")}) {
            // score.unit.mismatch names two units; score.node.noMeasurableChild counts the parts left out;
            // score.coverage counts the indicators measured and counted, then gives the share of the weight
            scoreKeys("it").forEach(key -> assertThat(messages.get(key, switch (key) {
                case "score.node.noMeasurableChild" -> new Object[] {2};
                case "score.coverage" -> new Object[] {7, 88, "4,52"};
                default -> new Object[] {"DAYS", "DATE"};
            })).isNotBlank().doesNotContain("{"));
        }
    }
}
