-- verdicts: the current verdict of every target × region pair (and method), replaced per pair
-- when a recompute gives a different one; `digest` tells whether it did without reading the row
-- back. verdicts_snapshot keeps the history: a row is appended there only when a pair's verdict is
-- new or changed. `basis` says what a region's verdict is judged against: the target in its own
-- scope region ('scope'), the region's own decomposed target ('own'), or the province's target as
-- a benchmark ('benchmark', 对标全省目标); `example` marks an example decomposition.
create table verdicts_current (
    plan_code      text collate "C" not null,
    target_code    text collate "C" not null,
    region_code    text collate "C" not null,
    method         text collate "C" not null,
    as_of          integer not null,
    basis          text not null check (basis in ('scope', 'own', 'benchmark')),
    example        boolean not null default false,
    class          text not null,
    figures        jsonb not null,
    explanation_zh text not null,
    explanation_en text not null,
    inputs         jsonb not null,
    digest         bigint not null,
    computed_at    timestamptz not null,
    primary key (plan_code, target_code, region_code, method)
);
create index verdicts_current_region on verdicts_current (plan_code, region_code);

alter table verdicts_snapshot add column basis text not null default 'scope';
alter table verdicts_snapshot add column example boolean not null default false;

-- The latest snapshot of each pair becomes its current verdict.
insert into verdicts_current (plan_code, target_code, region_code, method, as_of, basis, example, class,
                              figures, explanation_zh, explanation_en, inputs, digest, computed_at)
select distinct on (plan_code, target_code, region_code, method)
       plan_code, target_code, region_code, method, as_of, basis, example, class,
       figures, explanation_zh, explanation_en, inputs, 0, computed_at
from verdicts_snapshot
order by plan_code, target_code, region_code, method, id desc;
