-- The cockpit asks for the time of the last data change (max(changed_at)) on every rebuild; with
-- this index that is one index lookup instead of a scan of every revision.
create index data_revision_changed_at on data_revision (changed_at);
