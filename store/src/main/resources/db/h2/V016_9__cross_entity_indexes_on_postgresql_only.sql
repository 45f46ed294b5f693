-- The indexes of migrations 16.7 and 16.8 serve the comparison across entities (store.IndicatorAcrossEntities)
-- of a national installation, which runs on PostgreSQL. The embedded database (H2 only; PostgreSQL keeps
-- them) serves one entity or a few: there the comparison reads the year's plan nodes in one pass, while every
-- value recorded and every plan saved would keep three more index entries up to date (about a quarter of
-- what recording a batch of values writes). So they go here.
drop index actual_value_measure_ix;
drop index actual_value_node_ix;
drop index plan_node_code_ix;
