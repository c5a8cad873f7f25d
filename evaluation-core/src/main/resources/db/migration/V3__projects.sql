-- Projects, participants and responses (on top of V1's registry tables).

-- The age group is derived from the target ages (DOMAIN.md). PostgreSQL computes it so that the
-- API, the jobs and ad-hoc SQL all use one rule:
--   CHILDREN_YOUTH when max < 18; OLDER when min >= 65; ADULTS when min >= 18 and max <= 65;
--   otherwise (including unknown ages) ALL_AGES.
alter table project add column age_group text not null generated always as (
    case
        when target_age_max < 18 then 'CHILDREN_YOUTH'
        when target_age_min >= 65 then 'OLDER'
        when target_age_min >= 18 and target_age_max <= 65 then 'ADULTS'
        else 'ALL_AGES'
    end) stored;

create index project_parent_idx on project (parent_project_id) where parent_project_id is not null;

-- What the scorer said when the response was stored, so that lists and jobs need not re-score:
-- the ids of the cut-off categories the score falls in, and whether it meets the primary cut-off.
alter table response
    add column categories text[] not null default '{}',
    add column is_case boolean;

-- A replaced version keeps what it was scored with.
alter table response_history
    add column instrument_version text,
    add column categories text[] not null default '{}',
    add column is_case boolean;
