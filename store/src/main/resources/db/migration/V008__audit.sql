-- The audit trail (registro delle modifiche): one row per change to a plan, node, weight, target,
-- baseline, formula, value, comment, measure or scoring rule, and per request refused by the access
-- gate, written in the transaction of the change itself. Entries name the entity, not its row: no
-- foreign key, so nothing that deletes an entity or a plan reaches them. The application only ever
-- inserts here.
--
-- Tamper-evidence: entry_hash is the SHA-256 of the entry's columns and previous_hash, the hash of
-- the entry before it (it.traguardi.store.AuditHash). audit_chain's one row names the last entry and
-- is locked by every append, so concurrent writers make one chain, numbered without gaps.
create table audit_entry (
    sequence_number bigint not null,
    recorded_at     timestamp with time zone not null,
    actor           varchar(200) not null,
    address         varchar(100) not null,
    entity          varchar(200),
    plan_year       integer,
    node_key        integer,
    change_kind     varchar(30) not null,
    subject         varchar(2400) not null,
    before_state    varchar(100000) not null,
    after_state     varchar(100000) not null,
    reason          varchar(4000) not null,
    previous_hash   varchar(64) not null,
    entry_hash      varchar(64) not null,
    constraint audit_entry_pk primary key (sequence_number)
);

create index audit_entry_plan_ix on audit_entry (entity, plan_year, sequence_number);
create index audit_entry_actor_ix on audit_entry (actor, sequence_number);

create table audit_chain (
    id            integer not null,
    last_sequence bigint not null,
    last_hash     varchar(64) not null,
    constraint audit_chain_pk primary key (id),
    constraint audit_chain_one_row_ck check (id = 1)
);

insert into audit_chain (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
