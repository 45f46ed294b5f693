-- Confronto tra enti (store.IndicatorAcrossEntities) lists the rows of one indicator code in every
-- entity's plan before it reads the details of one page of them. With plan_id and node_key in the
-- index, that list is read from the index alone (PostgreSQL's index-only scan) and joined to the plans
-- by key, rather than fetching one heap page per plan (8,000 in the national data set). The old
-- index (code, kind) is a prefix of this one, so it goes.
drop index plan_node_code_ix;
create index plan_node_code_ix on plan_node (code, kind, plan_id, node_key);
