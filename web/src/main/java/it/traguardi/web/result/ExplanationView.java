package it.traguardi.web.result;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.score.Contribution;
import it.traguardi.core.score.Exclusion;
import it.traguardi.core.score.Explanation;
import it.traguardi.core.score.Part;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.value.ItalianFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A score's explanation as the page shows it: each part that counted (weight, rescaled weight,
 * achievement, contribution) and each part left out with the reason. The members of a group
 * (the indicators or the operational objectives of a strategic objective) follow their group,
 * one level deeper.
 */
public record ExplanationView(List<Row> rows, List<Left> left) {

    public ExplanationView {
        rows = List.copyOf(rows);
        left = List.copyOf(left);
    }

    /** A part that counted; {@code href} empty for a group; {@code contribution} is exact, for the chart. */
    public record Row(int depth, String label, String href, String weight, String effectiveWeight, String achievement,
            String contributionShown, BigDecimal contribution, boolean countedAsZero) {
    }

    /** A part left out, and why. */
    public record Left(int depth, String label, String href, String weight, String reason) {
    }

    public boolean empty() {
        return rows.isEmpty() && left.isEmpty();
    }

    /** Rows of the top level only: what the contributions chart shows. */
    public List<Row> topRows() {
        return rows.stream().filter(r -> r.depth() == 0).toList();
    }

    /** {@code hrefs} gives the page of a child node by its id. */
    public static ExplanationView of(Explanation explanation, Messages m, Function<Part.Child, String> hrefs) {
        var rows = new ArrayList<Row>();
        var left = new ArrayList<Left>();
        add(explanation, 0, m, hrefs, rows, left);
        return new ExplanationView(rows, left);
    }

    private static void add(Explanation explanation, int depth, Messages m, Function<Part.Child, String> hrefs,
            List<Row> rows, List<Left> left) {
        for (Contribution c : explanation.contributors()) {
            rows.add(new Row(depth, label(c.part(), m), href(c.part(), hrefs), ItalianFormat.format(c.weight()),
                    ResultFormat.percent(c.effectiveWeightShown()), ResultFormat.percent(c.achievement().percent()),
                    ItalianFormat.formatNumber(c.contributionShown()), c.contribution(), c.countedAsZero()));
            if (c.part() instanceof Part.Group g) {
                add(g.members(), depth + 1, m, hrefs, rows, left);
            }
        }
        for (Exclusion e : explanation.excluded()) {
            left.add(new Left(depth, label(e.part(), m), href(e.part(), hrefs), ItalianFormat.format(e.weight()),
                    m.render(e.reason())));
            if (e.part() instanceof Part.Group g) {
                add(g.members(), depth + 1, m, hrefs, rows, left);
            }
        }
    }

    private static String label(Part part, Messages m) {
        return switch (part) {
            case Part.Child child -> child.label();
            case Part.Group group -> m.get("web.result.group." + group.kind().name().toLowerCase(Locale.ROOT));
        };
    }

    private static String href(Part part, Function<Part.Child, String> hrefs) {
        return switch (part) {
            case Part.Child child -> hrefs.apply(child);
            case Part.Group group -> "";
        };
    }
}
