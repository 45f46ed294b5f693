package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/edit/plan.jte}: the plan's tree as rows to edit, each sibling group
 * with its weight sum and links to weigh it and to add a node, each node with its actions.
 */
public record EditPage(Layout layout, String treeHref, int version, String notice, List<EditRow> rows) {

    public EditPage {
        rows = List.copyOf(rows);
    }

    /**
     * A row: a sibling group ({@code group()}: title, sum, weights link, add form) or a node (label,
     * weight, edit link, move and delete forms).
     */
    public record EditRow(boolean group, int depth, String anchor, String label, String weight, boolean sumOk,
            String editHref, String addAction, String moveAction, String deleteAction, boolean canUp, boolean canDown) {
    }
}
