package it.traguardi.web.report;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code report/page.jte}: one report within the site. The chooser ({@code choices},
 * none for the alberatura) asks again with another period or objective, keeping the {@code hidden}
 * parameters (the version shown); {@code body} is the report module's HTML of the same model the
 * {@code downloads} render; {@code refusal} says why there is no report (then no body and no downloads).
 */
public record ReportPage(Layout layout, String planTitle, String planHref, String reportsHref, String about,
        String action, List<Choice> choices, List<Hidden> hidden, List<Download> downloads, String body,
        String refusal, String prompt) {

    public ReportPage {
        choices = List.copyOf(choices);
        hidden = List.copyOf(hidden);
        downloads = List.copyOf(downloads);
    }

    /** A select of the chooser: its parameter, its label, its options. */
    public record Choice(String name, String label, List<Option> options) {
        public Choice {
            options = List.copyOf(options);
        }
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Hidden(String name, String value) {
    }

    /** A download: the format's label, the address of the file, its accessible description. */
    public record Download(String format, String href, String description) {
    }
}
