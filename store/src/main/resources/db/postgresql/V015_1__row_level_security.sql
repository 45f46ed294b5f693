-- Row-level security (PostgreSQL only): the second wall behind the web's access gate, so that a
-- query that forgot its "where entity = ..." still returns, and writes, nothing of another entity.
--
-- Flyway reads this folder (db/postgresql) only on PostgreSQL, after the portable db/migration;
-- H2 has no row-level security and its own folder (db/h2). Versions 15.1, 15.2 sort after V015
-- and before V016, so the two folders and the portable one make one ordered history.
--
-- The scope is the setting traguardi.entities, which the application sets on every connection it
-- takes (it.traguardi.store.EntityScope, ScopedDataSource):
--   '*'                 every entity (command line, jobs, migrations, the archive and home pages);
--   '["Parma"]'         a JSON array of entity names (a request about an entity the gate allowed);
--   unset or empty      no entity at all: a connection that did not say is refused everything.
-- Policies apply to every role but superusers and roles with BYPASSRLS, the owner included
-- (FORCE): the application must not connect as a superuser (README, "Using PostgreSQL").
-- The tables of accounts (app_user, user_grant, user_session, api_token, login_failure) belong to
-- the installation, not to an entity, and are read to decide access before any scope exists; the
-- entity table holds only names, which a new plan must be able to add: none of them has a policy.

create function traguardi_every_entity() returns boolean
    language sql stable
    as $$ select coalesce(current_setting('traguardi.entities', true), '') = '*' $$;

-- the names in scope; none for '*' (tested apart, above) and for an unset or empty setting
create function traguardi_scope_names() returns setof varchar
    language sql stable
    as $$ select json_array_elements_text(cast(nullif(nullif(
              coalesce(current_setting('traguardi.entities', true), ''), ''), '*') as json)) $$;

create function traguardi_scope_ids() returns setof bigint
    language sql stable
    as $$ select e.id from entity e where e.name in (select traguardi_scope_names()) $$;

-- Tables that name their entity by id. A policy's "using" also checks new rows (insert, update).
alter table plan enable row level security;
alter table plan force row level security;
create policy plan_scope on plan
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table measure enable row level security;
alter table measure force row level security;
create policy measure_scope on measure
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table actual_value enable row level security;
alter table actual_value force row level security;
create policy actual_value_scope on actual_value
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table plan_policy enable row level security;
alter table plan_policy force row level security;
create policy plan_policy_scope on plan_policy
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table policy_override enable row level security;
alter table policy_override force row level security;
create policy policy_override_scope on policy_override
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table node_comment enable row level security;
alter table node_comment force row level security;
create policy node_comment_scope on node_comment
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table node_identity enable row level security;
alter table node_identity force row level security;
create policy node_identity_scope on node_identity
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table assignment enable row level security;
alter table assignment force row level security;
create policy assignment_scope on assignment
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

-- Tables of a plan's content, through plan_id: "select id from plan" is itself under plan_scope.
alter table plan_node enable row level security;
alter table plan_node force row level security;
create policy plan_node_scope on plan_node
    using (traguardi_every_entity() or plan_id in (select id from plan));

alter table indicator_baseline enable row level security;
alter table indicator_baseline force row level security;
create policy indicator_baseline_scope on indicator_baseline
    using (traguardi_every_entity() or plan_id in (select id from plan));

alter table indicator_target enable row level security;
alter table indicator_target force row level security;
create policy indicator_target_scope on indicator_target
    using (traguardi_every_entity() or plan_id in (select id from plan));

-- Tables that name their entity by name.
alter table pending_upload enable row level security;
alter table pending_upload force row level security;
create policy pending_upload_scope on pending_upload
    using (traguardi_every_entity() or entity in (select traguardi_scope_names()));

alter table edit_snapshot enable row level security;
alter table edit_snapshot force row level security;
create policy edit_snapshot_scope on edit_snapshot
    using (traguardi_every_entity() or entity in (select traguardi_scope_names()));

-- The audit trail: read within the scope (installation-level entries, with no entity, only
-- unrestricted); appended from any scope, since a refusal names what was asked for, which may be
-- another entity. No policy lets anyone update or delete (and a trigger refuses it: V015_2).
alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_read on audit_entry for select
    using (traguardi_every_entity() or entity in (select traguardi_scope_names()));
create policy audit_entry_append on audit_entry for insert
    with check (true);
