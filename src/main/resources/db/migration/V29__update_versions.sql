-- A returned progress report is edited and resubmitted as a new version of the same period:
-- the version number and the report it replaces.
alter table tasks_update
    add column version    integer not null default 1 check (version >= 1),
    add column supersedes bigint references tasks_update (id);
create index tasks_update_supersedes on tasks_update (supersedes);
