-- The well-being economy (ECONOMY.md): the valuation sets estimates were computed with, and one
-- estimate per project x valuation set version. Re-running the economy job replaces a project's
-- estimate for the same set version; a new set version adds new rows and never changes old ones.

-- A valuation set as published (the JSON file the estimate used). Immutable once inserted: a
-- correction is a new version, so that every stored estimate can be traced to its exact figures.
create table valuation_set (
    id          text        not null check (id ~ '^[A-Za-z0-9_]+$'),
    version     text        not null check (version ~ '^[A-Za-z0-9.]+$'),
    definition  jsonb       not null,
    created_at  timestamptz not null default now(),
    primary key (id, version)
);

create function valuation_set_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'valuation set %-% is published and cannot be changed or removed; publish a new version',
        old.id, old.version;
end;
$$;

create trigger valuation_set_immutable
    before update or delete on valuation_set
    for each row execute function valuation_set_immutable();

-- Figures use the output names of the economy model (snake_case, as in docs/methods-economy.md).
-- The headline figures are also columns, for sorting and comparing projects in SQL.
create table economy_estimate (
    id                     bigint generated always as identity primary key,
    project_id             bigint           not null references project (id),
    organisation_id        bigint           not null references organisation (id),
    valuation_set_id       text             not null,
    valuation_set_version  text             not null,
    status                 text             not null check (status in ('VALUED', 'NOT_VALUED')),
    not_valued_reason      text,
    route                  text             not null
                                            check (route in ('LIFE_SATISFACTION', 'LONELINESS_CASENESS',
                                                             'WHO5_MAPPING', 'NONE')),
    design                 text             not null check (design in ('POST_ONLY', 'PRE_POST', 'PRE_POST_CONTROL', 'RCT')),
    counterfactual         text             check (counterfactual in ('CONTROL_GROUP', 'DEADWEIGHT')),
    budget_not_valued_reason text,
    participants           int              not null check (participants >= 0),
    cost_dkk               numeric(16, 2),
    wellbys                double precision,
    wellbeing_value_dkk    double precision,
    budget_total_dkk       double precision,
    total_value_dkk        double precision,
    cost_per_wellby_dkk    double precision,
    social_return_ratio    double precision,
    point_estimate         jsonb,           -- every output at central values
    effects                jsonb,           -- the effects used: estimate, SE, counterfactual, n
    monte_carlo            jsonb,           -- per output: mean, median, [2.5 %, 97.5 %]
    sensitivity            jsonb            not null default '[]', -- tornado rows, largest swing first
    parameters_used        text[]           not null default '{}',
    assumptions            jsonb            not null default '[]', -- the ASSUMPTION parameters used
    notes                  jsonb            not null default '[]',
    caution                boolean          not null default false, -- an effect rests on n < 10
    suppressed             boolean          not null default false, -- an effect rests on a cell n < 5
    seed                   bigint,
    draws                  int              check (draws >= 10000),
    job_execution_id       bigint,
    computed_at            timestamptz      not null default now(),
    unique (project_id, valuation_set_id, valuation_set_version),
    foreign key (valuation_set_id, valuation_set_version) references valuation_set (id, version),
    check ((status = 'VALUED') = (not_valued_reason is null)),
    check (status = 'NOT_VALUED'
           or (point_estimate is not null and monte_carlo is not null and seed is not null and draws is not null))
);
create index economy_estimate_organisation_idx on economy_estimate (organisation_id);
