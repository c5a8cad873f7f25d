-- Results of the evaluation job: one row per project x instrument x wave pair x subgroup x
-- analysis. The statistics are stored under the field names of the statistics contract
-- (STATISTICS.md), the same names virkning-stats prints, so a result row can be compared with
-- the command line directly. Re-running the job for a project replaces its rows.
create table evaluation_result (
    id                 bigint generated always as identity primary key,
    project_id         bigint      not null references project (id),
    organisation_id    bigint      not null references organisation (id),
    instrument         text        not null,
    baseline_wave_id   bigint      not null references wave (id),
    later_wave_id      bigint      not null references wave (id),
    subgroup_type      text        not null check (subgroup_type in ('ALL', 'ARM', 'GENDER', 'AGE_BAND', 'RECRUITMENT_CHANNEL')),
    subgroup_value     text        not null,
    analysis           text        not null check (analysis in ('WITHIN', 'BETWEEN', 'ATTRITION')),
    n                  int         not null,
    caution            boolean     not null,  -- n < 10: interpret with caution
    suppressed         boolean     not null,  -- n < 5: hidden from everyone but the project's staff
    statistics         jsonb       not null,
    job_execution_id   bigint,
    computed_at        timestamptz not null default now(),
    unique (project_id, instrument, baseline_wave_id, later_wave_id, subgroup_type, subgroup_value, analysis)
);
create index evaluation_result_organisation_idx on evaluation_result (organisation_id);

-- When each project was last evaluated, and over which data (for "computed before an erasure").
create table evaluation_run (
    project_id         bigint      primary key references project (id),
    organisation_id    bigint      not null references organisation (id),
    job_execution_id   bigint,
    computed_at        timestamptz not null,
    response_count     int         not null,
    result_count       int         not null
);
