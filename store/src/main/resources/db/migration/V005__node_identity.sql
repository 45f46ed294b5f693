-- Node identity (issue 7): values, comments and rules hang on (entity, plan year, node key), so a
-- node key must always name the same indicator or objective, through re-imports and edits.
-- * plan.last_node_key: the highest key ever issued for the entity and year, also to nodes deleted
--   since; a new node takes a key above it, never the key (and so the values) of a gone node.
-- * node_identity: every key ever issued for an entity and year, with the kind, code and title it
--   last had, so the values of a node no longer in the plan stay readable under its name.
-- * archived_at: deleting a plan archives its values and comments; a new plan for the same entity
--   and year starts empty and never shows them.

alter table plan add column last_node_key integer default 0 not null;

update plan set last_node_key = greatest(
    coalesce((select max(n.node_key) from plan_node n where n.plan_id = plan.id), 0),
    coalesce((select max(v.node_key) from actual_value v
              where v.entity_id = plan.entity_id and v.plan_year = plan.plan_year), 0),
    coalesce((select max(c.node_key) from node_comment c
              where c.entity_id = plan.entity_id and c.plan_year = plan.plan_year), 0),
    coalesce((select max(o.node_key) from policy_override o
              where o.entity_id = plan.entity_id and o.plan_year = plan.plan_year), 0));

create table node_identity (
    entity_id  bigint not null,
    plan_year  integer not null,
    node_key   integer not null,
    kind       varchar(30) not null,
    code       varchar(200) not null,
    title      varchar(2000) not null,
    constraint node_identity_pk primary key (entity_id, plan_year, node_key),
    constraint node_identity_entity_fk foreign key (entity_id) references entity (id) on delete cascade
);

insert into node_identity (entity_id, plan_year, node_key, kind, code, title)
    select p.entity_id, p.plan_year, n.node_key, n.kind, n.code, n.title
    from plan_node n join plan p on p.id = n.plan_id;

alter table actual_value add column archived_at timestamp with time zone;
alter table node_comment add column archived_at timestamp with time zone;

-- What earlier versions left behind when a plan was deleted: it belonged to that plan, and must
-- not appear on a new plan of the same entity and year.
update actual_value set archived_at = current_timestamp
    where not exists (select 1 from plan p where p.entity_id = actual_value.entity_id
                      and p.plan_year = actual_value.plan_year);
update node_comment set archived_at = current_timestamp
    where not exists (select 1 from plan p where p.entity_id = node_comment.entity_id
                      and p.plan_year = node_comment.plan_year);
delete from policy_override
    where not exists (select 1 from plan p where p.entity_id = policy_override.entity_id
                      and p.plan_year = policy_override.plan_year);
delete from plan_policy
    where not exists (select 1 from plan p where p.entity_id = plan_policy.entity_id
                      and p.plan_year = plan_policy.plan_year);
