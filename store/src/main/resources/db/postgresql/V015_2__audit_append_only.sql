-- The audit trail is append-only in the database itself (PostgreSQL only; H2: db/h2): any
-- UPDATE, DELETE or TRUNCATE of audit_entry is refused, whoever asks. Someone who may alter the
-- table's triggers (its owner, a superuser) can still disable this one: the hash chain is what
-- then shows the change (./traguardi audit verify). audit_chain, the head of the chain, is updated
-- by every append and so stays writable; verify compares it with the entries.

create function traguardi_refuse_audit_change() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function traguardi_refuse_audit_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function traguardi_refuse_audit_change();
