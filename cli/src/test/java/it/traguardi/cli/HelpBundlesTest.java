package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The command line's help in Italian (the base bundle) and in English says the same things. */
class HelpBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = Objects.requireNonNull(HelpBundlesTest.class.getResourceAsStream(name), name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void italian_and_english_help_have_the_same_keys_and_no_empty_text() throws IOException {
        var italian = load("/it/traguardi/cli/help.properties");
        var english = load("/it/traguardi/cli/help_en.properties");

        assertThat(italian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(italian.stringPropertyNames()).contains("traguardi.import.usage.description", "db");
        italian.stringPropertyNames().stream().filter(k -> !k.startsWith("usage.headerHeading"))
                .forEach(k -> assertThat(italian.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void the_help_speaks_italian_by_default_and_english_when_asked() {
        var out = new StringWriter();
        var err = new StringWriter();
        Main.run(new String[] {"import", "--help"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(out.toString()).contains("Importa un'alberatura Integra");

        var english = new StringWriter();
        Main.run(new String[] {"--lang", "en", "import", "--help"}, new PrintWriter(english),
                new PrintWriter(err));
        assertThat(english.toString()).contains("Imports an Integra alberatura");
    }
}
