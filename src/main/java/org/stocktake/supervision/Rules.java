package org.stocktake.supervision;

/**
 * A plan's supervision rules (PRODUCT.md defaults): when lights turn yellow or red, how many days
 * before a due day reminders go out, and the points of the unit score.
 *
 * @param nearDays yellow within this many days of a milestone or the deadline without completion
 * @param yellowBehind yellow from this many points behind the time-proportional schedule
 * @param redBehind red above this many points behind
 * @param twoYellowsRed red when yellow in two reporting periods in a row
 * @param reminderDays reminders this many days before a report or the deadline is due
 * @param scoreBase the score every unit starts from
 * @param lateReportPoints points off per late report
 * @param returnedReportPoints points off per returned report
 * @param overduePoints points off per task not closed out by its deadline
 */
public record Rules(
        int nearDays,
        int yellowBehind,
        int redBehind,
        boolean twoYellowsRed,
        int reminderDays,
        int scoreBase,
        int lateReportPoints,
        int returnedReportPoints,
        int overduePoints) {

    public static final Rules DEFAULTS = new Rules(7, 10, 30, true, 3, 100, 2, 1, 5);

    public Rules {
        if (nearDays < 0 || yellowBehind < 0 || redBehind < yellowBehind || reminderDays < 0) {
            throw new IllegalArgumentException("rules need 0 <= yellowBehind <= redBehind and non-negative days");
        }
    }
}
