-- Row-level security (PostgreSQL only) for the tables of V013 (the approved versions of a plan)
-- and V014 (validations of a period, confirmations, remarks): the same wall as V015_1, keyed on the
-- same setting (traguardi.entities), so a query that forgot its entity reaches none of another's
-- versions, validations or remarks.

alter table plan_version enable row level security;
alter table plan_version force row level security;
create policy plan_version_scope on plan_version
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

-- The content of a version, through version_id: "select id from plan_version" is itself under plan_version_scope.
alter table plan_version_node enable row level security;
alter table plan_version_node force row level security;
create policy plan_version_node_scope on plan_version_node
    using (traguardi_every_entity() or version_id in (select id from plan_version));

alter table plan_version_baseline enable row level security;
alter table plan_version_baseline force row level security;
create policy plan_version_baseline_scope on plan_version_baseline
    using (traguardi_every_entity() or version_id in (select id from plan_version));

alter table plan_version_target enable row level security;
alter table plan_version_target force row level security;
create policy plan_version_target_scope on plan_version_target
    using (traguardi_every_entity() or version_id in (select id from plan_version));

alter table period_validation enable row level security;
alter table period_validation force row level security;
create policy period_validation_scope on period_validation
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table value_confirmation enable row level security;
alter table value_confirmation force row level security;
create policy value_confirmation_scope on value_confirmation
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));

alter table validation_remark enable row level security;
alter table validation_remark force row level security;
create policy validation_remark_scope on validation_remark
    using (traguardi_every_entity() or entity_id in (select traguardi_scope_ids()));
