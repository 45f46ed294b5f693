package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import java.util.Objects;

/**
 * One change as the audit trail records it: what it is about, its kind, the subject in words (a
 * node's {@code code - title}, a measure and period), the state before and after (compact JSON,
 * empty when there was none) and the reason given. Texts longer than their columns are cut with an
 * ellipsis, so that recording a change never makes the change itself fail.
 */
public record AuditChange(AuditScope scope, ChangeKind kind, String subject, String before, String after,
        String reason) {

    static final int SUBJECT = 2400;
    static final int STATE = 100_000;
    static final int REASON = 4000;

    public AuditChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        subject = cut(subject, SUBJECT);
        before = cut(before, STATE);
        after = cut(after, STATE);
        reason = cut(reason, REASON);
    }

    private static String cut(String text, int length) {
        Objects.requireNonNull(text, "text");
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
