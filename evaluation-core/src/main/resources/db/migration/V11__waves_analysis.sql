-- The mixed model over all waves (docs/methods.md §1.8) is stored as its own analysis, WAVES: one
-- row per project x instrument x subgroup, keyed by the baseline and the last wave it spans.
alter table evaluation_result drop constraint evaluation_result_analysis_check;
alter table evaluation_result add constraint evaluation_result_analysis_check
    check (analysis in ('WITHIN', 'BETWEEN', 'ATTRITION', 'WAVES'));
