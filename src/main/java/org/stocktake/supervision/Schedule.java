package org.stocktake.supervision;

import java.time.LocalDate;

/**
 * When a task's schedule runs from. The lead unit is answerable from the day it was given the task
 * ({@code assignedOn}, never before the task's start date), not from the plan's start; an approved
 * extension re-bases the time-proportional schedule: from the day of approval ({@code rebasedOn})
 * the work still open ({@code 100 - rebasedPercent}) is spread evenly up to the new deadline.
 *
 * @param assignedOn the day the lead unit got the task; null while unassigned
 * @param rebasedOn the day the last approved extension re-based the schedule; null if none
 * @param rebasedPercent the percent complete on that day; null if none
 */
public record Schedule(LocalDate assignedOn, LocalDate rebasedOn, Integer rebasedPercent) {

    public static final Schedule NONE = new Schedule(null, null, null);

    /** The first day the lead unit answers for the task: its start or its assignment, whichever is later. */
    LocalDate answerableFrom(LocalDate start) {
        return assignedOn == null || assignedOn.isBefore(start) ? start : assignedOn;
    }

    /** The day the straight line from {@link #basePercent(LocalDate)} to 100 % starts. */
    LocalDate lineFrom(LocalDate start) {
        return rebasedOn != null && rebasedOn.isAfter(answerableFrom(start)) ? rebasedOn : answerableFrom(start);
    }

    /** The percent the straight line starts from: 0, or what was done when an extension re-based it. */
    int basePercent(LocalDate start) {
        return rebasedOn != null && rebasedOn.isAfter(answerableFrom(start)) && rebasedPercent != null
                ? rebasedPercent
                : 0;
    }
}
