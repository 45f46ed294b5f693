package it.traguardi.report.model;

import java.util.List;
import java.util.Objects;

/**
 * Rapporto: one report, ready for any format. The header says what it is (kind, entity, year,
 * period, title, description, language); then its facts, its sections and its charts, in order.
 *
 * @param period   the period as written in files ({@code 2022}, {@code 2022-06-30})
 * @param language the language of its words ({@code it}, {@code en}), the PDF's document language
 */
public record Report(ReportKind kind, String entity, int year, String period, String title, String description,
        String language, List<Fact> facts, List<ReportSection> sections, List<Chart> charts) {

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        charts = List.copyOf(charts);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one section");
        }
    }
}
