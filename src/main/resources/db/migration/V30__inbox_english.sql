-- An inbox message in the reader's language: subject and body hold the Chinese text, these the
-- English one (null for messages written before, which are shown as they were stored).
alter table tasks_inbox add column subject_en text;
alter table tasks_inbox add column body_en text;
