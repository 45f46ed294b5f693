package it.traguardi.store.backup;

/** What a backup holds, or what a restore wrote: tables, rows, and entries of the audit trail. */
public record BackupSummary(int tables, long rows, long auditEntries) {
}
