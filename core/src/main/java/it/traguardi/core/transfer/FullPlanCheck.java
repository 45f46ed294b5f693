package it.traguardi.core.transfer;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.score.PolicyColumns;
import it.traguardi.core.score.PolicyText;
import it.traguardi.core.value.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The references of a full plan, checked before anything is stored: every key named once, every
 * node a row names known to the plan (a value, comment or remark may name a node no longer in the
 * tree, as long as the plan issued its key: a detached value), every measure a value names
 * defined, every confirmation naming a value of the document, every frozen row naming its version,
 * and the shape of each value and target. Pure: the rows in, the problems out, with their paths.
 */
public final class FullPlanCheck {

    private final FullPlan plan;
    private final List<TransferProblem> problems = new ArrayList<>();

    private FullPlanCheck(FullPlan plan) {
        this.plan = plan;
    }

    public static List<TransferProblem> of(FullPlan plan) {
        var check = new FullPlanCheck(plan);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        var issued = unique(FullSection.NODE_IDENTITIES, r -> r.integer(FullSection.NODE_IDENTITIES, "node_key"));
        var nodes = unique(FullSection.NODES, r -> r.integer(FullSection.NODES, "node_key"));
        refer(FullSection.NODES, "node_key", issued);
        refer(FullSection.NODES, "parent_key", nodes);
        levels();
        lastKey(issued);
        years(FullSection.PLAN);
        years(FullSection.VERSIONS);
        for (var section : List.of(FullSection.BASELINES, FullSection.TARGETS)) {
            var year = section == FullSection.BASELINES ? "value_year" : "target_year";
            unique(section, r -> r.integer(section, "node_key").map(k -> k + "/" + r.integer(section, year).orElseThrow()));
            refer(section, "node_key", nodes);
            shapes(section);
        }
        var measures = unique(FullSection.MEASURES, r -> r.text(FullSection.MEASURES, "code"));
        var values = unique(FullSection.VALUES, r -> r.integer(FullSection.VALUES, "id"));
        for (var section : List.of(FullSection.VALUES, FullSection.CONFIRMATIONS)) {
            targets(section, issued, measures);
        }
        shapes(FullSection.VALUES);
        refer(FullSection.CONFIRMATIONS, "value_id", values);
        for (var section : List.of(FullSection.COMMENTS, FullSection.REMARKS, FullSection.POLICY_OVERRIDES)) {
            refer(section, "node_key", issued);
        }
        single(FullSection.POLICY);
        policy();
        overrides();
        assignments(issued);
        versions();
    }

    /** The keys of a section's rows, each problem of a key named twice at its row. */
    private <K> Set<K> unique(FullSection section, Function<FullRow, Optional<K>> key) {
        var seen = new HashSet<K>();
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            var k = key.apply(rows.get(i));
            if (k.isPresent() && !seen.add(k.get())) {
                add(section, i, section.fields().get(section.single() ? 0 : firstKeyField(section)).name(),
                        Message.of("full.problem.duplicate", String.valueOf(k.get())));
            }
        }
        return seen;
    }

    private static int firstKeyField(FullSection section) {
        return section == FullSection.VERSION_NODES || section == FullSection.VERSION_BASELINES
                || section == FullSection.VERSION_TARGETS ? 1 : 0;
    }

    /** Every integer in {@code field} must be one of {@code known}. */
    private void refer(FullSection section, String field, Set<Integer> known) {
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            var key = rows.get(i).integer(section, field);
            if (key.isPresent() && !known.contains(key.get())) {
                add(section, i, field, Message.of("full.problem.unknown", key.get()));
            }
        }
    }

    /** What may hang under what: areas at the root, objectives under areas, indicators under objectives. */
    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "", Set.of("AREA"), "AREA", Set.of("STRATEGIC_OBJECTIVE"),
            "STRATEGIC_OBJECTIVE", Set.of("OPERATIONAL_OBJECTIVE", "INDICATOR"),
            "OPERATIONAL_OBJECTIVE", Set.of("INDICATOR"), "INDICATOR", Set.of());

    private void levels() {
        var rows = plan.rows(FullSection.NODES);
        var kinds = new HashMap<Integer, String>();
        rows.forEach(r -> kinds.put(r.integer(FullSection.NODES, "node_key").orElseThrow(), r.text(FullSection.NODES, "kind").orElseThrow()));
        for (int i = 0; i < rows.size(); i++) {
            var parent = rows.get(i).integer(FullSection.NODES, "parent_key").map(kinds::get).orElse("");
            var kind = rows.get(i).text(FullSection.NODES, "kind").orElseThrow();
            if (parent != null && !CHILDREN.get(parent).contains(kind)) {
                add(FullSection.NODES, i, "kind", Message.of("full.problem.level", kind, parent.isEmpty() ? "-" : parent));
            }
        }
    }

    private void lastKey(Set<Integer> issued) {
        var last = plan.plan().integer(FullSection.PLAN, "last_node_key").orElse(0);
        var highest = issued.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (last < highest) {
            add(FullSection.PLAN, 0, "last_node_key", Message.of("full.problem.last-key", last, highest));
        }
    }

    /** The years of baselines and targets: none, or years separated by commas, as the plan keeps them. */
    private void years(FullSection section) {
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            for (var field : List.of("baseline_years", "target_years")) {
                var text = rows.get(i).text(section, field).orElse("");
                if (!text.isEmpty() && !Stream.of(text.split(",", -1)).allMatch(FullPlanCheck::year)) {
                    add(section, i, field, Message.of("full.problem.years", Limits.FIRST_YEAR, Limits.LAST_YEAR, text));
                }
            }
        }
    }

    private static boolean year(String text) {
        return text.matches("[0-9]{4}") && Integer.parseInt(text) >= Limits.FIRST_YEAR
                && Integer.parseInt(text) <= Limits.LAST_YEAR;
    }

    /** A value or confirmation names a measure (defined) or an indicator (issued), never both. */
    private void targets(FullSection section, Set<Integer> issued, Set<String> measures) {
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var measure = row.text(section, "measure_code");
            var node = row.integer(section, "node_key");
            var kind = row.text(section, "target_kind").orElse("");
            if (kind.equals("MEASURE") != measure.isPresent() || kind.equals("INDICATOR") != node.isPresent()) {
                add(section, i, "target_kind", Message.of("full.problem.target", kind));
            } else if (measure.isPresent() && !measures.contains(measure.get())) {
                add(section, i, "measure_code", Message.of("full.problem.unknown-measure", measure.get()));
            } else if (node.isPresent() && !issued.contains(node.get())) {
                add(section, i, "node_key", Message.of("full.problem.unknown", node.get()));
            }
        }
    }

    private void shapes(FullSection section) {
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            RowShapes.check(section, i, rows.get(i), problems::add);
        }
    }

    private void single(FullSection section) {
        if (plan.rows(section).size() > 1) {
            add(section, 1, section.fields().getFirst().name(), Message.of("full.problem.one-row"));
        }
    }

    /** The policy row makes scoring rules the store can read back (bands, thresholds in order, a late credit's amount). */
    private void policy() {
        var section = FullSection.POLICY;
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            try {
                PolicyColumns.policy(row.get(section, "cap_at_full") instanceof FullCell.Flag f && f.yes(),
                        row.decimal(section, "floor_percent").orElse(null), row.text(section, "bands").orElse(""),
                        row.text(section, "late_kind").orElse(""), row.decimal(section, "late_amount").orElse(null),
                        row.text(section, "missing").orElse(""), row.decimal(section, "achieved_from").orElse(null),
                        row.decimal(section, "partly_from").orElse(null),
                        row.decimal(section, "provisional_below").orElse(null));
            } catch (PolicyColumns.Refused e) {
                add(section, i, e.column(), Message.of("full.problem.policy-column", e.value()));
            }
        }
    }

    private void overrides() {
        var section = FullSection.POLICY_OVERRIDES;
        unique(section, r -> r.integer(section, "node_key").map(k -> k + "/" + r.integer(section, "position").orElseThrow()));
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            var text = rows.get(i).text(section, "change_text").orElse("");
            try {
                PolicyText.readChange(text);
            } catch (IllegalArgumentException e) {
                add(section, i, "change_text", Message.of("full.problem.policy", text));
            }
        }
    }

    /** An indicator's assignment names it by its key. */
    private void assignments(Set<Integer> issued) {
        var section = FullSection.ASSIGNMENTS;
        var rows = plan.rows(section);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var key = row.text(section, "scope_key").orElse("");
            if (row.text(section, "scope_kind").orElse("").equals("indicatore")
                    && (!key.matches("[0-9]{1,9}") || !issued.contains(Integer.parseInt(key)))) {
                add(section, i, "scope_key", Message.of("full.problem.unknown", key));
            }
        }
    }

    private void versions() {
        var numbers = unique(FullSection.VERSIONS, r -> r.integer(FullSection.VERSIONS, "version_number"));
        var frozen = unique(FullSection.VERSION_NODES, r -> r.integer(FullSection.VERSION_NODES, "version_number")
                .map(v -> v + "/" + r.integer(FullSection.VERSION_NODES, "node_key").orElseThrow()));
        refer(FullSection.VERSION_NODES, "version_number", numbers);
        for (var section : List.of(FullSection.VERSION_BASELINES, FullSection.VERSION_TARGETS)) {
            var year = section == FullSection.VERSION_BASELINES ? "value_year" : "target_year";
            unique(section, r -> r.integer(section, "node_key").map(k -> r.integer(section, "version_number").orElseThrow()
                    + "/" + k + "/" + r.integer(section, year).orElseThrow()));
            var rows = plan.rows(section);
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                var node = row.integer(section, "version_number").orElseThrow() + "/" + row.integer(section, "node_key").orElseThrow();
                if (!frozen.contains(node)) {
                    add(section, i, "node_key", Message.of("full.problem.unknown", node));
                }
            }
            shapes(section);
        }
    }

    private void add(FullSection section, int row, String field, Message message) {
        problems.add(new TransferProblem(TransferProblem.path(section, row, field), message));
    }
}
