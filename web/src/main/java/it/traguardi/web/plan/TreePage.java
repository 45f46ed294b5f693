package it.traguardi.web.plan;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/tree.jte}: the filtered tree, the filter form (its action, the areas to
 * and owners to choose from) and the plan's quality findings. {@code notice} reports what was just
 * done (a plan replaced), {@code detached} how many values and comments of nodes no longer in the
 * plan stay readable; each is empty when there is nothing to say. {@code headline} is the plan's
 * overall achievement with what it stands on. {@code version} is the approved version the page
 * shows when the address names one ({@code ?versione=2}), empty for the version shown by default.
 */
public record TreePage(Layout layout, int year, String action, Headline headline, TreeFilter filter,
        List<AreaOption> areas, List<AreaOption> owners, List<TreeNode> nodes, int shownIndicators,
        int totalIndicators, QualityReport quality, String notice, String detached, String version) {

    public TreePage {
        areas = List.copyOf(areas);
        owners = List.copyOf(owners);
        nodes = List.copyOf(nodes);
    }

    /** The address of the plan's full export (docs/full-export.md): the API's, under the same encoded entity. */
    public String fullExport() {
        return "/api/v1/plans/" + action.substring("/piani/".length()) + "/export/full";
    }

    /**
     * The plan's overall achievement (empty while N/D), the indicators measured and the share of
     * the weight they carry, and whether the achievement is provisional.
     */
    public record Headline(String achievement, String coverage, boolean provisional) {

        public boolean known() {
            return !achievement.isEmpty();
        }
    }

    /** A choice in one of the filter's drop-downs (strategic area, owner). */
    public record AreaOption(String value, String label, boolean selected) {
    }
}
