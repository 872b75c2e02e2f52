package org.stocktake.supervision;

/**
 * A unit's supervision record: tasks led, closed on time, the on-time completion rate (null when
 * nothing was due yet), late and returned reports, tasks overdue, average days to close, and the score.
 */
public record UnitScore(
        String unit,
        int tasksLed,
        int closedOnTime,
        Double onTimeRate,
        int lateReports,
        int returnedReports,
        int overdue,
        Double averageDaysToClose,
        int score) {}
