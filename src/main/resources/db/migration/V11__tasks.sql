-- tasks: the division of labour (任务分工), progress updates, warning lights with their history,
-- supervision records, extensions, close-out claims, the inbox, and per-plan rules.
create table tasks_task (
    id           bigserial primary key,
    plan_code    text not null,
    code         text not null,
    parent_id    bigint references tasks_task (id),
    article_code text,
    title        text not null,
    lead_unit    text,
    start_date   date not null,
    deadline     date,
    cycle        text not null check (cycle in ('weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly')),
    due_day      integer not null,
    deliverable  text,
    status       text not null check (status in ('unassigned', 'in_progress', 'claimed', 'closed')),
    percent      integer not null default 0 check (percent between 0 and 100),
    light        text not null default 'green' check (light in ('green', 'yellow', 'red', 'blue')),
    closed_on    date,
    version      integer not null default 0,
    unique (plan_code, code)
);
create index tasks_task_lead on tasks_task (lead_unit);

create table tasks_co_unit (
    task_id   bigint not null references tasks_task (id) on delete cascade,
    unit_code text not null,
    primary key (task_id, unit_code)
);

create table tasks_milestone (
    task_id     bigint not null references tasks_task (id) on delete cascade,
    quarter     text not null,
    description text not null,
    primary key (task_id, quarter)
);

create table tasks_link (
    task_id bigint not null references tasks_task (id) on delete cascade,
    kind    text not null check (kind in ('target', 'indicator')),
    code    text not null,
    primary key (task_id, kind, code)
);

create table tasks_update (
    id              bigserial primary key,
    task_id         bigint not null references tasks_task (id),
    unit_code       text not null,
    period          text not null,
    progress        text not null,
    problems        text,
    next_steps      text,
    percent         integer not null check (percent between 0 and 100),
    status          text not null check (status in ('submitted', 'approved', 'accepted', 'returned', 'consolidated')),
    late            boolean not null,
    author          text not null,
    submitted_at    timestamptz not null,
    approved_by     text,
    reviewed_by     text,
    reviewed_at     timestamptz,
    return_reason   text,
    consolidated_in bigint references tasks_update (id)
);
create index tasks_update_task on tasks_update (task_id, period);

create table tasks_attachment (
    id           bigserial primary key,
    update_id    bigint not null references tasks_update (id),
    file_name    text not null,
    content_type text not null,
    size         integer not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);

create table tasks_light (
    id           bigserial primary key,
    task_id      bigint not null references tasks_task (id),
    light        text not null,
    reasons      text not null,
    evaluated_on date not null,
    evaluated_at timestamptz not null
);
create index tasks_light_task on tasks_light (task_id, id);

create table tasks_record (
    id           bigserial primary key,
    task_id      bigint not null references tasks_task (id),
    rung         text not null check (rung in ('reminder', 'urge', 'letter', 'interview', 'bulletin')),
    issued_by    text not null,
    issued_at    timestamptz not null,
    to_unit      text not null,
    note         text,
    response_due date,
    response     text,
    responded_by text,
    responded_at timestamptz
);

create table tasks_extension (
    id              bigserial primary key,
    task_id         bigint not null references tasks_task (id),
    requested_by    text not null,
    requested_at    timestamptz not null,
    old_deadline    date,
    new_deadline    date not null,
    reason          text not null,
    status          text not null check (status in ('pending', 'approved', 'refused')),
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text
);

create table tasks_claim (
    id          bigserial primary key,
    task_id     bigint not null references tasks_task (id),
    claimed_by  text not null,
    claimed_at  timestamptz not null,
    evidence    text not null,
    status      text not null check (status in ('pending', 'accepted', 'returned')),
    reviewed_by text,
    reviewed_at timestamptz,
    reason      text
);

create table tasks_inbox (
    id         bigserial primary key,
    recipient  text not null,
    created_at timestamptz not null,
    subject    text not null,
    body       text not null,
    task_id    bigint references tasks_task (id),
    dedupe_key text,
    read_at    timestamptz,
    unique (recipient, dedupe_key)
);
create index tasks_inbox_recipient on tasks_inbox (recipient, id);

create table tasks_rules (
    plan_code text primary key,
    body      jsonb not null
);

create table tasks_target_verdict (
    plan_code   text not null,
    target_code text not null,
    verdict     text not null check (verdict in ('on_track', 'behind', 'off_track')),
    at          timestamptz not null,
    primary key (plan_code, target_code)
);
