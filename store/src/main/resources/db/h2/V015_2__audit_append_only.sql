-- The audit trail is append-only in the database itself (H2 only; PostgreSQL: db/postgresql):
-- any UPDATE or DELETE of audit_entry is refused by a Java trigger (it.traguardi.store.AuditAppendOnly),
-- whoever asks. H2 fires no trigger on TRUNCATE, and whoever may drop the trigger may then change
-- the table: the hash chain is what then shows the change (./traguardi audit verify).
-- H2 has no row-level security: the version 15.1 of db/postgresql has no counterpart here.

create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'it.traguardi.store.AuditAppendOnly';
