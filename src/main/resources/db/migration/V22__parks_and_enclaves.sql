-- parks: the park registry (园区), the parks' yearly indicator values, their yearly evaluation
-- (score and place in the peer group) and the management decisions taken on it.
create table parks_park (
    code          text primary key,
    name_zh       text not null,
    name_en       text not null,
    level         text not null check (level in ('national', 'provincial')),
    kind          text not null check (kind in ('etdz', 'htz', 'industrial', 'bonded')),
    region_code   text not null references regions_region (code),
    area_km2      numeric,
    managed_by    text,
    lon           double precision,
    lat           double precision,
    boundary      text,
    sample        boolean not null default false
);

create table parks_value (
    park_code  text not null references parks_park (code) on delete cascade,
    indicator  text not null,
    year       integer not null,
    value      double precision not null check (value = value and value not in ('Infinity', '-Infinity')),
    source     text not null,
    primary key (park_code, indicator, year)
);

create table parks_score (
    park_code  text not null references parks_park (code) on delete cascade,
    year       integer not null,
    score      double precision,
    peer_group text not null,
    peer_rank  integer,
    peer_size  integer not null,
    primary key (park_code, year)
);

create table parks_decision (
    id          bigserial primary key,
    park_code   text not null references parks_park (code) on delete cascade,
    year        integer not null,
    rule        text not null,
    action      text not null,
    decided_by  text not null,
    decided_at  timestamptz not null,
    document    text not null,
    unique (park_code, year, rule)
);

-- enclaves: 飞地 agreements between a sending and a receiving (host) region about a park, and
-- their split rules per indicator. Never changes an official figure: the ledger derives the
-- assessment view from these rows and the figures.
create table enclaves_agreement (
    id            bigserial primary key,
    name          text not null,
    sender_region text not null references regions_region (code),
    host_region   text not null references regions_region (code),
    park_code     text not null references parks_park (code),
    document      text not null,
    valid_from    date not null,
    valid_to      date,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    check (sender_region <> host_region),
    check (valid_to is null or valid_to >= valid_from)
);

create table enclaves_rule (
    agreement_id bigint not null references enclaves_agreement (id) on delete cascade,
    indicator    text not null,
    method       text not null check (method in ('double_count', 'proportional', 'increment')),
    sender_share numeric not null check (sender_share > 0 and sender_share <= 1),
    base_year    integer,
    base_value   double precision,
    primary key (agreement_id, indicator),
    check (method <> 'increment' or (base_year is not null and base_value is not null))
);
