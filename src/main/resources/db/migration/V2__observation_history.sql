-- data: observations with their full history. Every change of a value (an import, an edit, a
-- status change) appends a revision; nothing is updated in place or deleted. The current value
-- of an observation is its latest revision; its published value is its latest approved revision.

create table data_import (
    id          bigserial primary key,
    file_name   text        not null,
    format      text        not null,
    changed_by  text        not null,
    reason      text,
    status      text        not null,
    imported_at timestamptz not null default now(),
    rows_read   bigint      not null default 0,
    appended    bigint      not null default 0,
    outliers    bigint      not null default 0
);

-- Codes compare bytewise (collation "C"): they are ASCII codes, and the key index is built and
-- searched several times faster than under a language collation.
-- No foreign keys to indicators/regions: every row is checked against them before it is written
-- (imports validate the whole file first), and a per-row trigger would halve the bulk load rate.
create table data_revision (
    indicator_code text collate "C" not null,
    region_code    text collate "C" not null,
    period         text collate "C" not null,
    revision       integer     not null check (revision > 0),
    value          numeric     not null,
    unit           text,
    source         text        not null,
    flags          text[]      not null default '{}'
                   check (flags <@ array['preliminary', 'revised', 'estimated']::text[]),
    status         text        not null check (status in ('draft', 'submitted', 'approved', 'returned')),
    reason         text,
    changed_by     text        not null,
    changed_at     timestamptz not null default now(),
    import_id      bigint,
    outlier_z      double precision,
    primary key (indicator_code, region_code, period, revision)
);

-- Carry the published values of V1 over as first, approved revisions by "system".
insert into data_revision (indicator_code, region_code, period, revision, value, unit, source,
                           status, reason, changed_by, changed_at)
select indicator_code, region_code, period, 1, value, unit, source,
       'approved', 'V1 published value', 'system', loaded_at
from data_observation;

drop table data_observation;

-- The latest revision of every observation, whatever its status.
create view data_current as
select distinct on (indicator_code, region_code, period) *
from data_revision
order by indicator_code, region_code, period, revision desc;

-- The published (latest approved) value of every observation: what verdicts use by default.
create view data_observation as
select distinct on (indicator_code, region_code, period)
       indicator_code, region_code, period, value, unit, source, flags, revision,
       changed_by, changed_at, changed_at as loaded_at
from data_revision
where status = 'approved'
order by indicator_code, region_code, period, revision desc;
