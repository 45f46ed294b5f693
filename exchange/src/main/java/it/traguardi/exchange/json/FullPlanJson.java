package it.traguardi.exchange.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.core.transfer.FullCell;
import it.traguardi.core.transfer.FullPlan;
import it.traguardi.core.transfer.FullRow;
import it.traguardi.core.transfer.FullSection;
import java.time.Instant;

/**
 * The full plan as JSON, schema {@code traguardi.full/1} (docs/full-export.md): every section of
 * {@link FullPlan} in order, each row an object with every field (null when empty). Numbers are
 * exact JSON decimals without trailing zeros (the scale written is a field of its own), days
 * {@code YYYY-MM-DD}, instants in UTC. {@code exported_at} is the only field that differs between
 * two exports of the same plan; the reader ignores it.
 */
public final class FullPlanJson {

    public static final String SCHEMA = "traguardi.full/1";

    private FullPlanJson() {
    }

    public static String write(FullPlan plan, Instant exportedAt) {
        var root = JsonText.object();
        root.put("schema", SCHEMA);
        root.put("entity", plan.entity());
        root.put("year", plan.year());
        root.put("exported_at", exportedAt.toString());
        for (var section : FullSection.values()) {
            if (section.single()) {
                row(root.putObject(section.key()), section, plan.rows(section).getFirst());
            } else {
                var rows = root.putArray(section.key());
                plan.rows(section).forEach(r -> row(rows.addObject(), section, r));
            }
        }
        return JsonText.write(root, "full plan");
    }

    private static void row(ObjectNode node, FullSection section, FullRow row) {
        for (int i = 0; i < section.fields().size(); i++) {
            var name = section.fields().get(i).name();
            switch (row.cells().get(i)) {
                case FullCell.Text t -> node.put(name, t.text());
                case FullCell.Decimal n -> node.put(name, n.number());
                case FullCell.Day d -> node.put(name, d.date().toString());
                case FullCell.Time t -> node.put(name, t.instant().toString());
                case FullCell.Flag f -> node.put(name, f.yes());
                case FullCell.Empty e -> node.putNull(name);
            }
        }
    }
}
