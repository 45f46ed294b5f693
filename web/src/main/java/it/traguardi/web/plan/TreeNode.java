package it.traguardi.web.plan;

import it.traguardi.web.result.Light;
import java.util.List;

/**
 * One line of the plan tree as the page shows it, already formatted: a level ({@code area},
 * {@code os}, {@code group}, {@code oo}, {@code indicator}), its label and weight, its page
 * ({@code href}, empty for groups), its achievement and traffic light (null for groups) and, for
 * indicators, the target of the plan year, the latest known baseline and the latest actual; for
 * objectives and areas, what their achievement stands on ({@code coverage}, empty for indicators and
 * groups) and whether it is provisional.
 */
public record TreeNode(String level, String label, String href, String weight, String target, String baseline,
        String actual, String achievement, Light light, boolean withoutFormula, boolean monitoringOnly, boolean open,
        String coverage, boolean provisional, List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }

    public boolean indicator() {
        return level.equals("indicator");
    }

    public boolean scored() {
        return light != null;
    }
}
