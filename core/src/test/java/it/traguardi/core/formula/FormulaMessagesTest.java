package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FormulaMessagesTest {

    private static final Pattern KEY = Pattern.compile("^(formula\\.[^=\\s]+)=", Pattern.MULTILINE);
    private static final String BUNDLE = "/it/traguardi/core/i18n/messages_";

    @Test
    void italian_and_english_have_the_same_formula_keys_in_one_block_at_the_end() throws IOException {
        var italian = formulaKeys("it");

        assertThat(italian).hasSizeGreaterThan(25).doesNotHaveDuplicates();
        assertThat(formulaKeys("en")).isEqualTo(italian);
    }

    @Test
    void every_formula_message_renders_in_both_languages() throws IOException {
        for (var language : List.of("it", "en")) {
            var messages = Messages.forLanguage(language);
            for (var key : formulaKeys(language)) {
                assertThat(messages.get(key, "«x»", "y", 3)).as(language + " " + key).isNotBlank().doesNotContain("{");
            }
        }
    }

    /** The formula keys in file order; the block must be the last lines of the file. */
    private static List<String> formulaKeys(String language) throws IOException {
        String text;
        try (InputStream in = FormulaMessagesTest.class.getResourceAsStream(BUNDLE + language + ".properties")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var keys = new ArrayList<String>();
        var matcher = KEY.matcher(text);
        int firstKey = -1;
        while (matcher.find()) {
            firstKey = firstKey < 0 ? matcher.start() : firstKey;
            keys.add(matcher.group(1));
        }
        var block = text.substring(firstKey).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(block).as("formula keys form one block at the end").allMatch(l -> l.startsWith("formula."));
        return keys;
    }
}
