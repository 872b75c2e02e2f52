-- supervision: a task's schedule starts when its lead unit is given the task, not at the plan's
-- start. assigned_on is the day the lead unit got the task (set where lead_unit goes from null to
-- a unit); schedule_start and schedule_percent re-base the time-proportional schedule when an
-- extension is approved (the remaining work spread over the new time), null until then.
alter table tasks_task add column assigned_on date;
alter table tasks_task add column schedule_start date;
alter table tasks_task add column schedule_percent integer check (schedule_percent between 0 and 100);

-- Tasks assigned before this column existed: their schedule ran from their start date.
update tasks_task set assigned_on = start_date where lead_unit is not null;
