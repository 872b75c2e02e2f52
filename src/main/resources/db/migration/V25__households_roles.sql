-- households: roles of the monitoring procedure (village cadre, township, county office) and the
-- procedures' steps with their time limits.
alter table accounts_user drop constraint accounts_user_role_check;
alter table accounts_user add constraint accounts_user_role_check
    check (role in ('coordinator', 'liaison', 'head', 'leader', 'viewer', 'admin', 'village', 'township', 'county'));

create table households_procedure (
    id           bigserial primary key,
    kind         text   not null check (kind in ('identification', 'removal')),
    clue_id      bigint references households_clue (id),
    household_id bigint references households_household (id),
    county_code  text   not null,
    started_at   timestamptz not null,
    due_on       date   not null,
    finished_at  timestamptz,
    outcome      text
);
create index households_procedure_open on households_procedure (county_code, finished_at);

create table households_step (
    procedure_id bigint  not null references households_procedure (id),
    seq          integer not null,
    step         text    not null,
    done_at      timestamptz not null,
    done_by      text    not null,
    role         text    not null,
    document     text,
    primary key (procedure_id, seq)
);
