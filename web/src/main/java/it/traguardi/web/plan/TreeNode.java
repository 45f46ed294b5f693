package it.traguardi.web.plan;

import java.util.List;

/**
 * One line of the plan tree as the page shows it, already formatted: a level ({@code area},
 * {@code os}, {@code group}, {@code oo}, {@code indicator}), its label and weight and, for
 * indicators, the target of the plan year and the latest known baseline.
 */
public record TreeNode(String level, String label, String weight, String target, String baseline,
        boolean withoutFormula, boolean monitoringOnly, boolean open, List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }

    public boolean indicator() {
        return level.equals("indicator");
    }
}
