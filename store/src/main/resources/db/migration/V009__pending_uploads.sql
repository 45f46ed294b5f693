-- Work begun on one request and finished on a later one, kept here rather than in one server's
-- memory, so that any instance behind a load balancer finishes what another began and a restart
-- loses nothing. Rows expire; the application deletes expired ones as it goes.

-- An uploaded alberatura between its preview and its confirmation, under a random token, bound to
-- the entity and year of the plan it previewed.
create table pending_upload (
    token       varchar(64) primary key,
    entity      varchar(200) not null,
    plan_year   integer not null,
    file_name   varchar(255) not null,
    content     bytea not null,
    size_bytes  bigint not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);

create index pending_upload_expires_ix on pending_upload (expires_at);

-- The editable fields of a plan's nodes at one version, as the edit forms showed them: a save made
-- over that version after another change is told what changed since.
create table edit_snapshot (
    entity      varchar(200) not null,
    plan_year   integer not null,
    version     integer not null,
    content     bytea not null,
    expires_at  timestamp with time zone not null,
    constraint edit_snapshot_pk primary key (entity, plan_year, version)
);

create index edit_snapshot_expires_ix on edit_snapshot (expires_at);
