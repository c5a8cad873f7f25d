-- Who asked for which job execution, so that progress is shown to the person who started it
-- (and to platform administrators) without exposing other tenants' activity.
create table job_launch (
    job_execution_id  bigint      primary key,
    job_name          text        not null,
    user_id           bigint      references app_user (id),
    trigger           text        not null check (trigger in ('API', 'IMPORT', 'SCHEDULE', 'COMMAND_LINE', 'DEMO')),
    project_ids       bigint[]    not null default '{}',
    requested_at      timestamptz not null default now()
);
