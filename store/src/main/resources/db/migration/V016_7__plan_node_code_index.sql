-- Confronto tra enti (store.IndicatorAcrossEntities): one indicator by its code in every entity's plan
-- for a year. Without this index the query reads every node of every plan (1.2 million indicators in
-- the national data set); with it, the rows of that code only, then each one's plan by its key.
create index plan_node_code_ix on plan_node (code, kind);
-- the values of those indicators and of the measures their formulas read, by plan year and period
create index actual_value_measure_ix on actual_value (plan_year, measure_code, period_year);
create index actual_value_node_ix on actual_value (plan_year, node_key, period_year);
