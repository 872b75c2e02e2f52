-- Spring Modulith's event publication registry (its JDBC schema, version 2, for PostgreSQL): an
-- event published inside a transaction is stored here, one row per listener, in that transaction;
-- the row is completed (and deleted: spring.modulith.events.completion-mode=delete) when the
-- listener has done its work. A row left incomplete by a crash is delivered again on the next
-- start of the server or of a command that holds the data directory, so a committed change never
-- loses its reaction (the verdict recompute, the cockpit's refresh). Kept in a migration rather
-- than the registry's own schema initialisation so that a backup and a restore carry it.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
