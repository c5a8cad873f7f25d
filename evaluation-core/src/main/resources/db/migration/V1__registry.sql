-- The registry: organisations, people and access, grant pools, projects with their typology,
-- waves, participants and responses. Every tenant-owned row carries organisation_id so that
-- every query can be scoped by the caller's organisations in SQL (PRIVACY.md).
-- Enumerations are text with CHECK constraints: readable in SQL and in exports, and a new
-- value is a one-line migration.

create table organisation (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(trim(name)) between 1 and 300),
    kind        text        not null check (kind in ('NGO', 'MUNICIPALITY', 'REGION', 'STATE_AGENCY',
                                                     'PRIVATE', 'FOUNDATION', 'RESEARCH')),
    cvr         text        check (cvr ~ '^[0-9]{8}$'),
    created_at  timestamptz not null default now()
);

create table app_user (
    id              bigint generated always as identity primary key,
    email           text        not null,
    name            text        not null check (length(trim(name)) between 1 and 300),
    platform_admin  boolean     not null default false,
    password_hash   text,
    created_at      timestamptz not null default now(),
    disabled_at     timestamptz
);
create unique index app_user_email_key on app_user (lower(email));

create table membership (
    user_id          bigint not null references app_user (id),
    organisation_id  bigint not null references organisation (id),
    role             text   not null check (role in ('STAFF', 'ORG_ADMIN', 'FUNDER', 'RESEARCHER')),
    created_at       timestamptz not null default now(),
    primary key (user_id, organisation_id, role)
);
create index membership_organisation_idx on membership (organisation_id);

-- Personal access tokens: only a SHA-256 of the token is stored; the token itself is shown once.
create table access_token (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references app_user (id),
    token_sha256  bytea       not null unique,
    label         text,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index access_token_user_idx on access_token (user_id);

create table grant_pool (
    id               bigint generated always as identity primary key,
    organisation_id  bigint        not null references organisation (id),
    name             text          not null check (length(trim(name)) between 1 and 300),
    period_start     date,
    period_end       date,
    total_dkk        numeric(16, 2) check (total_dkk >= 0),
    created_at       timestamptz   not null default now(),
    check (period_end is null or period_start is null or period_end >= period_start)
);
create index grant_pool_organisation_idx on grant_pool (organisation_id);

create table project (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null references organisation (id),
    parent_project_id     bigint      references project (id),
    title                 text        not null check (length(trim(title)) between 1 and 500),
    description           text,
    period_start          date,
    period_end            date,
    geography_national    boolean     not null default false,
    region_codes          text[]      not null default '{}',
    municipality_codes    text[]      not null default '{}',
    target_age_min        int         check (target_age_min between 0 and 120),
    target_age_max        int         check (target_age_max between 0 and 120),
    target_groups         text[]      not null default '{}',
    intervention_types    text[]      not null default '{}',
    intervention_other    text,
    strategies            text[]      not null default '{}',
    arenas                text[]      not null default '{}',
    purposes              text[]      not null default '{}',
    loneliness_focus      text        check (loneliness_focus in ('DIRECT', 'INDIRECT')),
    design                text        not null check (design in ('POST_ONLY', 'PRE_POST', 'PRE_POST_CONTROL', 'RCT')),
    instruments           text[]      not null default '{}',
    cost_dkk              numeric(16, 2) check (cost_dkk >= 0),
    status                text        not null default 'ACTIVE'
                                      check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'ARCHIVED')),
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (target_age_max is null or target_age_min is null or target_age_max >= target_age_min),
    check (period_end is null or period_start is null or period_end >= period_start)
);
create index project_organisation_idx on project (organisation_id);

create table project_success_criterion (
    id               bigint generated always as identity primary key,
    project_id       bigint  not null references project (id) on delete cascade,
    organisation_id  bigint  not null references organisation (id),
    name             text    not null,
    target           numeric not null,
    unit             text,
    ordinal          int     not null
);
create index project_success_criterion_project_idx on project_success_criterion (project_id);

create table project_partner (
    project_id       bigint not null references project (id) on delete cascade,
    organisation_id  bigint not null references organisation (id),
    partner_id       bigint not null references organisation (id),
    role             text   not null check (role in ('OWNER', 'DELIVERY', 'REFERRER', 'FUNDER')),
    primary key (project_id, partner_id, role)
);

-- A grant links a pool to a project it funds; it is what gives a funder read access to the
-- project's aggregates. organisation_id is the project's organisation (the tenant).
create table grant_award (
    id               bigint generated always as identity primary key,
    grant_pool_id    bigint         not null references grant_pool (id),
    project_id       bigint         not null references project (id),
    organisation_id  bigint         not null references organisation (id),
    amount_dkk       numeric(16, 2) not null check (amount_dkk >= 0),
    awarded_on       date,
    created_at       timestamptz    not null default now(),
    unique (grant_pool_id, project_id)
);
create index grant_award_project_idx on grant_award (project_id);

create table wave (
    id               bigint generated always as identity primary key,
    project_id       bigint not null references project (id) on delete cascade,
    organisation_id  bigint not null references organisation (id),
    name             text   not null check (length(trim(name)) between 1 and 100),
    offset_days      int    not null check (offset_days >= 0),
    ordinal          int    not null,
    unique (project_id, name),
    unique (project_id, ordinal)
);

create table participant (
    id                   bigint generated always as identity primary key,
    project_id           bigint      not null references project (id),
    organisation_id      bigint      not null references organisation (id),
    code                 text        not null check (length(code) between 1 and 64),
    arm                  text        not null default 'INTERVENTION' check (arm in ('INTERVENTION', 'CONTROL')),
    consent_evaluation   boolean     not null check (consent_evaluation),
    consent_research     boolean     not null default false,
    consent_date         date        not null,
    birth_year           int         check (birth_year between 1900 and 2100),
    gender               text        not null default 'UNKNOWN' check (gender in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    municipality_code    text        check (municipality_code ~ '^[0-9]{3}$'),
    recruitment_channel  text        check (recruitment_channel in ('PREVENTIVE_HOME_VISIT', 'MUNICIPAL_REFERRAL',
                                          'HEALTH_REFERRAL', 'ADVERTISEMENT', 'FLYER', 'WORD_OF_MOUTH',
                                          'REGISTER_OUTREACH', 'ONLINE', 'SELF_REFERRAL', 'OTHER')),
    enrolled_on          date        not null,
    dropped_out_on       date,
    dropout_reason       text,
    erased_at            timestamptz,
    created_at           timestamptz not null default now(),
    unique (project_id, code)
);
create index participant_organisation_idx on participant (organisation_id);

create table import_batch (
    id               bigint generated always as identity primary key,
    project_id       bigint      not null references project (id),
    organisation_id  bigint      not null references organisation (id),
    file_name        text,
    file_sha256      text        not null,
    format           text        not null,
    response_count   int         not null,
    imported_by      bigint      references app_user (id),
    created_at       timestamptz not null default now(),
    unique (project_id, file_sha256)
);

create table response (
    id                  bigint generated always as identity primary key,
    project_id          bigint       not null references project (id),
    organisation_id     bigint       not null references organisation (id),
    participant_id      bigint       not null references participant (id),
    wave_id             bigint       not null references wave (id),
    instrument          text         not null,
    instrument_version  text         not null,
    items               jsonb        not null,
    score               double precision,
    answered_on         date         not null,
    mode                text         not null check (mode in ('SELF', 'WEB_LINK', 'INTERVIEW', 'STAFF_ENTERED')),
    source              text         not null check (source in ('FORM', 'API', 'IMPORT')),
    import_id           bigint       references import_batch (id),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    unique (participant_id, wave_id, instrument)
);
create index response_project_idx on response (project_id, instrument, wave_id);
create index response_organisation_idx on response (organisation_id);

-- Re-submitting a participant x wave x instrument replaces the response; the replaced
-- version is kept here, append-only.
create table response_history (
    id                  bigint generated always as identity primary key,
    response_id         bigint       not null references response (id),
    organisation_id     bigint       not null references organisation (id),
    items               jsonb        not null,
    score               double precision,
    answered_on         date         not null,
    mode                text         not null,
    source              text         not null,
    import_id           bigint,
    valid_from          timestamptz  not null,
    replaced_at         timestamptz  not null default now()
);
create index response_history_response_idx on response_history (response_id);

-- Append-only: who read, wrote or exported what, and when.
create table audit_log (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz not null default now(),
    user_id          bigint      references app_user (id),
    organisation_id  bigint      references organisation (id),
    action           text        not null,
    target_type      text        not null,
    target_id        text,
    detail           jsonb
);
create index audit_log_organisation_idx on audit_log (organisation_id, occurred_at);
