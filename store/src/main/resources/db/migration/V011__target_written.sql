-- The text of a target as the plan wrote it (IndicatorDefinition.writtenTargets), kept beside what
-- was understood when the two differ: "almeno 90%" for the understood "≥ 90 %". Null when the plan
-- wrote the target in its file form. As long as a target cell may be (Limits.CELL).
alter table indicator_target add column written_text varchar(200);
