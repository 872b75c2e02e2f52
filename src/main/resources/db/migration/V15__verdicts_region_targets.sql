-- verdicts: target decomposition (目标分解). A province target split into region targets: each
-- region its own value and year, with the document it comes from. `example` marks a made-up
-- decomposition (示例（非官方）), shown as such wherever it is used. A decomposition of a plan's
-- target is replaced whole by each import.
create table verdicts_region_target (
    plan_code   text collate "C" not null,
    target_code text collate "C" not null,
    region_code text collate "C" not null,
    value       numeric not null check (value <> 'NaN'::numeric and abs(value) < 1.7976931348623157e308),
    target_year integer not null,
    source      text not null,
    example     boolean not null default false,
    imported_by text not null,
    imported_at timestamptz not null default now(),
    primary key (plan_code, target_code, region_code)
);
