-- The threshold of coverage under which a score is provisional (ScoringPolicy.provisionalBelow):
-- percent of a node's weight carried by its measured indicators. Plans stored before take the default.
alter table plan_policy add column provisional_below numeric(7, 2) not null default 50;
