-- households: 防返贫 monitoring records. ID and phone numbers are stored only encrypted (AES-GCM)
-- with a keyed hash for matching and a masked form for display; every change leaves a snapshot
-- in households_history.
create table households_line (
    province       text    not null,
    year           integer not null,
    per_capita_fen bigint  not null check (per_capita_fen > 0),
    window_months  integer not null check (window_months > 0),
    stable_months  integer not null check (stable_months > 0),
    effective_from date    not null,
    primary key (province, year)
);
-- Hunan 2025: 8,700 yuan per person, income over 12 months, stable for 6 months (a sample line;
-- the province sets it every year).
insert into households_line values ('43', 2025, 870000, 12, 6, date '2025-01-01');

create table households_household (
    id            bigserial primary key,
    code          text    not null unique,
    county_code   text    not null,
    village_code  text    not null,
    village_name  text    not null,
    category      text    not null check (category in ('unstable', 'edge', 'sudden')),
    identified_on date,
    cleared_on    date,
    clear_method  text check (clear_method in ('assisted', 'natural')),
    safety_net    boolean not null default false,
    housing_safe  boolean not null default true,
    water_safe    boolean not null default true,
    sample        boolean not null default false,
    fingerprint   text    not null,
    version       integer not null default 1,
    updated_at    timestamptz not null,
    updated_by    text not null
);
create index households_household_county on households_household (county_code);

create table households_member (
    household_id    bigint  not null references households_household (id),
    seq             integer not null,
    relation        text    not null,
    id_cipher       bytea   not null,
    id_hash         text    not null,
    id_masked       text    not null,
    phone_cipher    bytea,
    phone_masked    text,
    labour_skill    text    not null,
    schooling       text    not null,
    medical_insured boolean not null,
    illness_insured boolean not null,
    primary key (household_id, seq)
);
create index households_member_hash on households_member (id_hash);

create table households_income (
    household_id bigint not null references households_household (id),
    kind         text   not null check (kind in ('wage', 'business', 'property', 'transfer', 'self-pay')),
    month        date   not null,
    fen          bigint not null,
    primary key (household_id, kind, month)
);

create table households_risk (
    household_id bigint  not null references households_household (id),
    seq          integer not null check (seq between 1 and 5),
    type         text    not null,
    sub_item     text,
    since        date,
    resolved_on  date,
    primary key (household_id, seq)
);

create table households_measure (
    household_id bigint  not null references households_household (id),
    seq          integer not null,
    type         text    not null,
    start_on     date    not null,
    end_on       date,
    primary key (household_id, seq)
);

create table households_employment (
    household_id bigint  not null references households_household (id),
    seq          integer not null,
    channel      text,
    industry     text,
    employer     text,
    start_on     date    not null,
    end_on       date,
    primary key (household_id, seq)
);

-- every change: who, when, what, and the household as it was afterwards (personal numbers masked)
create table households_history (
    id           bigserial primary key,
    household_id bigint not null references households_household (id),
    at           timestamptz not null,
    actor        text   not null,
    action       text   not null,
    snapshot     jsonb  not null
);
create index households_history_household on households_history (household_id);

-- a department's uploaded feed, kept as the screening read it
create table households_feed (
    id          bigserial primary key,
    department  text not null,
    kind        text not null,
    file_name   text not null,
    rows        integer not null,
    uploaded_at timestamptz not null,
    uploaded_by text not null
);

-- a clue: a household or resident to verify, from a feed, an application or an inspection
create table households_clue (
    id           bigserial primary key,
    county_code  text not null,
    source       text not null,
    kind         text not null,
    id_hash      text,
    id_cipher    bytea,
    id_masked    text,
    household_id bigint references households_household (id),
    amount_fen   bigint,
    created_at   timestamptz not null,
    closed_at    timestamptz,
    closed_by    text,
    result       text check (result in ('identified', 'not-at-risk')),
    reason       text
);
create index households_clue_county on households_clue (county_code, closed_at);
