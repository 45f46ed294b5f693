package it.traguardi.web.plan;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/tree.jte}: the filtered tree, the filter form (its action, the areas to
 * choose from) and the plan's quality findings.
 */
public record TreePage(Layout layout, int year, String action, TreeFilter filter, List<AreaOption> areas,
        List<TreeNode> nodes, int shownIndicators, int totalIndicators, QualityReport quality) {

    public TreePage {
        areas = List.copyOf(areas);
        nodes = List.copyOf(nodes);
    }

    /** A strategic area in the filter's drop-down. */
    public record AreaOption(String value, String label, boolean selected) {
    }
}
