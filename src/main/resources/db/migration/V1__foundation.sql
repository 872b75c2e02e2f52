-- regions: the region hierarchy (GB/T 2260 codes), with a materialised path, and named groups.
create table regions_region (
    code        text primary key,
    name_zh     text not null,
    name_en     text,
    level       text not null check (level in ('country', 'province', 'prefecture', 'county')),
    parent_code text references regions_region (code),
    path        text not null,
    seq         integer not null
);
create index regions_region_parent on regions_region (parent_code);

create table regions_group (
    code     text primary key,
    name_zh  text not null,
    name_en  text,
    kind     text,
    owner    text not null,
    seq      integer not null
);

create table regions_group_member (
    group_code  text not null references regions_group (code) on delete cascade,
    region_code text not null references regions_region (code),
    primary key (group_code, region_code)
);

-- indicators: what is measured.
create table indicators_indicator (
    code        text primary key,
    name_zh     text not null,
    name_en     text,
    unit        text not null,
    polarity    text not null check (polarity in ('higher', 'lower')),
    description text
);

-- plan: one row per plan plus its ordered parts; each list entity keeps its full record as JSON.
create table plan_plan (
    code        text primary key,
    title_zh    text not null,
    title_en    text,
    header      jsonb not null,
    imported_at timestamptz not null default now(),
    revision    integer not null default 1
);

create table plan_part (
    plan_code text not null references plan_plan (code) on delete cascade,
    seq       integer not null,
    number    text not null,
    title_zh  text not null,
    title_en  text,
    primary key (plan_code, seq)
);

create table plan_article (
    plan_code text not null references plan_plan (code) on delete cascade,
    code      text not null,
    part_seq  integer not null,
    seq       integer not null,
    number    text not null,
    title_zh  text not null,
    title_en  text,
    text      text not null,
    primary key (plan_code, code)
);

create table plan_target (
    plan_code      text not null references plan_plan (code) on delete cascade,
    code           text not null,
    seq            integer not null,
    article_code   text not null,
    indicator_code text,
    kind           text not null,
    body           jsonb not null,
    primary key (plan_code, code)
);

create table plan_unit (
    plan_code text not null references plan_plan (code) on delete cascade,
    code      text not null,
    seq       integer not null,
    body      jsonb not null,
    primary key (plan_code, code)
);

create table plan_task (
    plan_code    text not null references plan_plan (code) on delete cascade,
    code         text not null,
    seq          integer not null,
    article_code text not null,
    lead_unit    text,
    body         jsonb not null,
    primary key (plan_code, code)
);

create table plan_indicator (
    plan_code      text not null references plan_plan (code) on delete cascade,
    indicator_code text not null,
    seq            integer not null,
    primary key (plan_code, indicator_code)
);

-- data: observations of an indicator for a region and period, with their source.
create table data_observation (
    id             bigserial primary key,
    indicator_code text not null references indicators_indicator (code),
    region_code    text not null references regions_region (code),
    period         text not null,
    value          numeric not null,
    unit           text,
    source         text not null,
    loaded_at      timestamptz not null default now(),
    unique (indicator_code, region_code, period)
);
create index data_observation_region on data_observation (region_code);
