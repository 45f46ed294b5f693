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
    /** An assignment (incarico) given: who answers for an indicator, a measure or an organisational unit. */
    ASSIGNMENT_ADDED,
    /** An assignment (incarico) taken away. */
    ASSIGNMENT_REMOVED,
    /** A plan (or its revision in progress) approved by its act: a new approved version. */
    PLAN_APPROVED,
    /** An approved plan published. */
    PLAN_PUBLISHED,
    /** A plan closed: only read from now on. */
    PLAN_CLOSED,
    /** A revision (rimodulazione) of an approved plan begun, with its reason. */
    REVISION_STARTED,
    /** A request refused by the access gate. */
    ACCESS_DENIED,
    /** A period of a plan validated by the valutatore, which locks its values. */
    PERIOD_VALIDATED,
    /** A validated period reopened, with its reason: values may be recorded again. */
    PERIOD_REOPENED,
    /** The values of a period confirmed by their responsabile. */
    VALUES_CONFIRMED,
    /** A validation remark (rilievo) on a node. */
    REMARK_ADDED,
    /** An account created: its login, name and whether it administers the installation (never its password). */
    ACCOUNT_ADDED,
    /** An account disabled: it signs in no more, its sessions end and its tokens are refused. */
    ACCOUNT_DISABLED,
    /** A disabled account enabled again. */
    ACCOUNT_ENABLED,
    /** An account's password set anew, by its owner or an administrator (never the password itself). */
    PASSWORD_CHANGED,
    /** A personal API token made for an account: its name and expiry (never its secret). */
    TOKEN_CREATED,
    /** A personal API token revoked. */
    TOKEN_REVOKED,
    /** A role in an entity given to an account. */
    ROLE_GRANTED,
    /** A role in an entity taken from an account. */
    ROLE_REVOKED;

    /** The key of the kind's words in the message bundles. */
    public String key() {
        return "audit.kind." + name().toLowerCase(Locale.ROOT);
    }
}
