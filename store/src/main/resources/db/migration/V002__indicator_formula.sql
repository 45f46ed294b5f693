-- The formula of an indicator over measures, in the canonical text of the formula language;
-- empty when none could be derived from the algorithm (a person writes it, or values are entered).
alter table plan_node add column formula varchar(4000);
