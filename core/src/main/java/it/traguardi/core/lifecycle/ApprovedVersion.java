package it.traguardi.core.lifecycle;

import java.time.Instant;
import java.util.Objects;

/**
 * Versione approvata: one approved version of a plan, kept unchanged for ever: its number (1 the
 * plan as approved, then each approved revision), its act, the reason of the revision it closed
 * (empty for version 1), and who recorded the approval and when.
 */
public record ApprovedVersion(int number, ApprovingAct act, String reason, Instant approvedAt, String approvedBy) {

    public ApprovedVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1: " + number);
        }
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
