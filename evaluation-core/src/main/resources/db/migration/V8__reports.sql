-- Rendered PDF reports (issue 5): the project evaluation report and the grant-pool portfolio report.
-- One row per target x language x audience x parameters holds the latest rendering; the report job
-- replaces it, so a re-run never duplicates. organisation_id is the tenant that owns the target
-- (the project's organisation, or the pool's owner), so that reads are scoped like all tenant data.
create table report (
    id                bigint generated always as identity primary key,
    kind              text        not null check (kind in ('PROJECT', 'PORTFOLIO')),
    target_id         bigint      not null,
    organisation_id   bigint      not null references organisation (id),
    language          text        not null check (language in ('da', 'en')),
    -- STAFF: the project's own staff see every cell; FUNDER: cells with n < 5 are shown as "<5"
    audience          text        not null check (audience in ('STAFF', 'FUNDER')),
    -- the portfolio filters (instrument, design, ageGroup, arena) as a JSON object; {} for none
    parameters        jsonb       not null default '{}',
    sha256            text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes             bytea       not null,
    job_execution_id  bigint,
    created_at        timestamptz not null default now(),
    unique (kind, target_id, language, audience, parameters)
);
create index report_organisation_idx on report (organisation_id);
