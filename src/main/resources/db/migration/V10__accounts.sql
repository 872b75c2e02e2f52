-- accounts: units (departments, prefecture and county governments, the coordinating office),
-- users with one role each, API tokens, and the append-only audit log.
create table accounts_unit (
    code        text primary key,
    name_zh     text not null,
    name_en     text,
    kind        text not null check (kind in ('department', 'prefecture', 'county', 'office')),
    region_code text not null
);

create table accounts_user (
    id                   bigserial primary key,
    username             text not null unique,
    display_name         text not null,
    email                text,
    role                 text not null check (role in ('coordinator', 'liaison', 'head', 'leader', 'viewer', 'admin')),
    unit_code            text references accounts_unit (code),
    password_hash        text not null,
    must_change_password boolean not null default true,
    failed_attempts      integer not null default 0,
    locked_until         timestamptz,
    enabled              boolean not null default true,
    created_at           timestamptz not null
);
create index accounts_user_unit on accounts_user (unit_code);

create table accounts_token (
    id         bigserial primary key,
    user_id    bigint not null references accounts_user (id),
    token_hash text not null unique,
    label      text not null,
    created_at timestamptz not null,
    revoked_at timestamptz
);

create table accounts_audit (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    entity    text not null,
    entity_id text not null,
    action    text not null,
    before    jsonb,
    after     jsonb
);
create index accounts_audit_entity on accounts_audit (entity, entity_id);

create function accounts_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'accounts_audit is append-only';
end
$$;
create trigger accounts_audit_no_update before update or delete on accounts_audit
    for each row execute function accounts_audit_append_only();
create trigger accounts_audit_no_truncate before truncate on accounts_audit
    for each statement execute function accounts_audit_append_only();
