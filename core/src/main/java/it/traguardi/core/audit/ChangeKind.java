package it.traguardi.core.audit;

import java.util.Locale;

/**
 * Tipo di modifica: what one entry of the audit trail (registro delle modifiche) records. Each
 * kind has its words in the message bundles under {@code audit.kind.<name in lower case>}.
 */
public enum ChangeKind {
    /** A plan stored where there was none: created empty, copied, or imported from a file. */
    PLAN_CREATED,
    /** A stored plan replaced by a new reading of it (a corrected file imported again). */
    PLAN_REPLACED,
    /** A plan deleted, its values and comments archived. */
    PLAN_DELETED,
    /** A node added to the tree. */
    NODE_ADDED,
    /** A node's code, title or definition (algorithm, unit, source, owner) changed. */
    NODE_EDITED,
    /** A node moved under another parent or to another place among its siblings. */
    NODE_MOVED,
    /** A node removed from the tree. */
    NODE_DELETED,
    /** A node's weight, or the weight of one of a strategic objective's two groups. */
    WEIGHT_CHANGED,
    /** An indicator's targets. */
    TARGET_CHANGED,
    /** An indicator's baselines. */
    BASELINE_CHANGED,
    /** An indicator's formula. */
    FORMULA_CHANGED,
    /** A first value of a measure or indicator for a period. */
    VALUE_RECORDED,
    /** A new value for a measure or indicator and period that already had one. */
    VALUE_CORRECTED,
    /** A comment on a node. */
    COMMENT_ADDED,
    /** A measure of the entity's catalog added or changed. */
    MEASURE_SAVED,
    /** The plan's scoring rules (policy and per-indicator overrides). */
    POLICY_CHANGED,
    /** A plan (or its revision in progress) approved by its act: a new approved version. */
    PLAN_APPROVED,
    /** An approved plan published. */
    PLAN_PUBLISHED,
    /** A plan closed: only read from now on. */
    PLAN_CLOSED,
    /** A revision (rimodulazione) of an approved plan begun, with its reason. */
    REVISION_STARTED,
    /** A request refused by the access gate. */
    ACCESS_DENIED;

    /** The key of the kind's words in the message bundles. */
    public String key() {
        return "audit.kind." + name().toLowerCase(Locale.ROOT);
    }
}
