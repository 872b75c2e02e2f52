-- verdicts: immutable snapshots; a recompute appends, the latest per key is current.
create table verdicts_snapshot (
    id             bigserial primary key,
    plan_code      text not null,
    target_code    text not null,
    region_code    text not null,
    as_of          integer not null,
    method         text not null,
    class          text not null,
    figures        jsonb not null,
    explanation_zh text not null,
    explanation_en text not null,
    inputs         jsonb not null,
    computed_at    timestamptz not null
);
create index verdicts_snapshot_key on verdicts_snapshot (plan_code, target_code, region_code, as_of, method, id desc);
