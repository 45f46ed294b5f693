package it.traguardi.core.transfer;

import static it.traguardi.core.transfer.Field.choice;
import static it.traguardi.core.transfer.Field.date;
import static it.traguardi.core.transfer.Field.decimal;
import static it.traguardi.core.transfer.Field.flag;
import static it.traguardi.core.transfer.Field.integer;
import static it.traguardi.core.transfer.Field.optionalChoice;
import static it.traguardi.core.transfer.Field.optionalDecimal;
import static it.traguardi.core.transfer.Field.optionalInteger;
import static it.traguardi.core.transfer.Field.optionalScale;
import static it.traguardi.core.transfer.Field.optionalText;
import static it.traguardi.core.transfer.Field.text;
import static it.traguardi.core.transfer.Field.time;
import static it.traguardi.core.transfer.Field.year;

import it.traguardi.core.value.Unit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sections of a full plan (schema {@code traguardi.full/1}, docs/full-export.md), in the order
 * they are written, each with its fields in order. Field names are those of the columns that keep
 * them, so the document reads as the rows it carries; what names an installation's own rows (the
 * entity's id, the plan's id, a value's id) is left out or replaced by a number local to the
 * document (a value's {@code id}, a version's {@code version_number}).
 */
public enum FullSection {
    PLAN("plan", true, List.of(text("baseline_years", 200), text("target_years", 200), integer("version"),
            integer("last_node_key"), choice("state", "DRAFT", "APPROVED", "PUBLISHED", "CLOSED"),
            optionalText("revision_reason", 2000), time("created_at", false))),
    NODE_IDENTITIES("node_identities", false, List.of(integer("node_key"), nodeKind(), text("code", 200),
            text("title", 2000))),
    NODES("nodes", false, nodeFields()),
    BASELINES("baselines", false, baselineFields()),
    TARGETS("targets", false, targetFields()),
    MEASURES("measures", false, List.of(text("code", 200), text("description", 2000), unitChoice(),
            text("source", 2000), text("owner", 2000))),
    POLICY("policy", false, List.of(flag("cap_at_full", false), optionalDecimal("floor_percent", 5, 2),
            text("bands", 200), choice("late_kind", "NONE", "PER_DAY", "PER_WEEK", "FIXED"),
            optionalDecimal("late_amount", 5, 2), choice("missing", "EXCLUDE_AND_RESCALE", "COUNT_AS_ZERO"),
            decimal("achieved_from", 5, 2), decimal("partly_from", 5, 2), decimal("provisional_below", 5, 2))),
    POLICY_OVERRIDES("policy_overrides", false, List.of(integer("node_key"), integer("position"),
            text("change_text", 2000))),
    VALUES("values", false, Stream.concat(Stream.of(integer("id"), targetKind(), optionalText("measure_code", 200),
            optionalInteger("node_key"), year("period_year"), date("period_date", true)), Stream.concat(
            valueFields().stream(), Stream.of(time("recorded_at", false), text("recorded_by", 200),
            text("reason", 2000)))).toList()),
    COMMENTS("comments", false, List.of(integer("node_key"), text("body", 4000), text("author", 200),
            time("created_at", false))),
    PERIOD_VALIDATIONS("period_validations", false, List.of(year("period_year"), date("period_date", true),
            text("validated_by", 200), time("validated_at", false), text("remarks", 4000),
            optionalText("reopened_by", 200), time("reopened_at", true), optionalText("reopen_reason", 2000))),
    CONFIRMATIONS("confirmations", false, List.of(targetKind(), optionalText("measure_code", 200),
            optionalInteger("node_key"), year("period_year"), date("period_date", true), integer("value_id"),
            text("confirmed_by", 200), time("confirmed_at", false))),
    REMARKS("remarks", false, List.of(integer("node_key"), year("period_year"), date("period_date", true),
            text("body", 4000), text("author", 200), time("created_at", false))),
    ASSIGNMENTS("assignments", false, List.of(text("login", 200), choice("scope_kind", "indicatore", "misura", "unita"),
            text("scope_key", 2000))),
    VERSIONS("versions", false, List.of(integer("version_number"), text("act_number", 100), date("act_date", false),
            text("reason", 2000), time("approved_at", false), text("approved_by", 200), text("baseline_years", 200),
            text("target_years", 200), integer("last_node_key"))),
    VERSION_NODES("version_nodes", false, versioned(nodeFields())),
    VERSION_BASELINES("version_baselines", false, versioned(baselineFields())),
    VERSION_TARGETS("version_targets", false, versioned(targetFields()));

    private final String key;
    private final boolean single;
    private final List<Field> fields;

    FullSection(String key, boolean single, List<Field> fields) {
        this.key = key;
        this.single = single;
        this.fields = fields;
    }

    /** The section's name in the document. */
    public String key() {
        return key;
    }

    /** One object (the plan itself) rather than a list of rows. */
    public boolean single() {
        return single;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The position of a field in this section's rows. */
    public int index(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key + " has no field " + field);
    }

    public static Optional<FullSection> named(String key) {
        return Stream.of(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    private static Field nodeKind() {
        return choice("kind", "AREA", "STRATEGIC_OBJECTIVE", "OPERATIONAL_OBJECTIVE", "INDICATOR");
    }

    /** A measure's unit, one of {@link Unit}'s names (as the store keeps it). */
    private static Field unitChoice() {
        return choice("unit", unitNames());
    }

    /** A node's unit: none, or one of {@link Unit}'s names. */
    private static Field optionalUnitChoice() {
        return optionalChoice("unit", unitNames());
    }

    private static String[] unitNames() {
        return Stream.of(Unit.values()).map(Unit::name).toArray(String[]::new);
    }

    private static Field targetKind() {
        return choice("target_kind", "MEASURE", "INDICATOR");
    }

    private static List<Field> nodeFields() {
        return List.of(integer("node_key"), optionalInteger("parent_key"), nodeKind(), integer("position"),
                text("code", 200), text("title", 2000), decimal("weight", 3, 2),
                optionalDecimal("indicator_group_weight", 3, 2), optionalDecimal("operational_group_weight", 3, 2),
                optionalText("algorithm", 20000), optionalUnitChoice(), optionalText("data_source", 2000),
                optionalText("owner", 2000), optionalText("formula", 4000));
    }

    /** The columns of a value or baseline (ValueColumns.BASELINE_COLUMNS). */
    private static List<Field> valueFields() {
        return List.of(choice("kind", "NUMBER", "DAY", "FLAG", "MISSING"), optionalDecimal("amount", 26, 12),
                optionalScale("amount_scale"), optionalText("unit", 20), date("date_value", true), flag("flag", true));
    }

    private static List<Field> baselineFields() {
        return Stream.concat(Stream.of(integer("node_key"), year("value_year")), valueFields().stream()).toList();
    }

    private static List<Field> targetFields() {
        return List.of(integer("node_key"), year("target_year"),
                choice("kind", "AT_LEAST", "AT_MOST", "EXACTLY", "BETWEEN", "DEADLINE", "MILESTONE", "MISSING"),
                optionalDecimal("amount", 26, 12), optionalScale("amount_scale"),
                optionalDecimal("amount_high", 26, 12), optionalScale("amount_high_scale"), optionalText("unit", 20),
                optionalChoice("notation", "SYMBOL", "ASCII"), date("date_value", true), flag("flag", true),
                optionalText("written_text", 200));
    }

    private static List<Field> versioned(List<Field> fields) {
        return Stream.concat(Stream.of(integer("version_number")), fields.stream()).toList();
    }
}
