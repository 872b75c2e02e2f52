-- data: where each published value was read and how far it can be trusted. Every revision keeps
-- the exact sentence or table label it was read from (quote), its reliability class (A an
-- official page, B official wording carried by media, C an aggregator; null for values entered by
-- users), for a value derived from a published statement that statement (derivation; a derived
-- value is one whose derivation is not null), and for a class C value who confirmed it against
-- an official page and when. A confirmation is a new revision (nothing is updated in place).
alter table data_revision
    add column quote        text,
    add column reliability  text check (reliability in ('A', 'B', 'C')),
    add column derivation   text,
    add column confirmed_by text,
    add column confirmed_at timestamptz,
    add constraint data_revision_confirmed_pair
        check ((confirmed_by is null) = (confirmed_at is null)),
    add constraint data_revision_confirmed_c
        check (confirmed_at is null or reliability = 'C');

-- The views list their columns when created: recreate them with the new ones.
drop view data_observation;
drop view data_current;

-- The latest revision of every observation, whatever its status.
create view data_current as
select distinct on (indicator_code, region_code, period) *
from data_revision
order by indicator_code, region_code, period, revision desc;

-- The published (latest approved) value of every observation, whatever its reliability: what
-- indicator pages and the data API show, each value with its class.
create view data_published as
select distinct on (indicator_code, region_code, period)
       indicator_code, region_code, period, value, unit, source, flags, revision,
       changed_by, changed_at, changed_at as loaded_at,
       quote, reliability, derivation, confirmed_by, confirmed_at
from data_revision
where status = 'approved'
order by indicator_code, region_code, period, revision desc;

-- The published values a verdict may rest on: the latest approved revision that is not a class C
-- value still waiting for confirmation. An unconfirmed class C value is shown (data_published) but
-- drives nothing; where it restates an earlier value (trade 2021: 5988.5, then 5972.8 from an
-- aggregator's copy), verdicts keep using the earlier value until the new one is confirmed. What
-- verdicts, reports and evaluations read.
create view data_observation as
select distinct on (indicator_code, region_code, period)
       indicator_code, region_code, period, value, unit, source, flags, revision,
       changed_by, changed_at, changed_at as loaded_at,
       quote, reliability, derivation, confirmed_by, confirmed_at
from data_revision
where status = 'approved'
  and (reliability is distinct from 'C' or confirmed_at is not null)
order by indicator_code, region_code, period, revision desc;
