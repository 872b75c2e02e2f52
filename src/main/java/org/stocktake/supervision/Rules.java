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
 * @param graceDays days after a unit is given a task before anything is due from it: no light but
 *     green, no 催办, and no report due before then (rules stored without it get the default)
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
        int overduePoints,
        Integer graceDays) {

    /** Days of grace after assignment when a plan's rules do not say. */
    public static final int DEFAULT_GRACE_DAYS = 14;

    public static final Rules DEFAULTS = new Rules(7, 10, 30, true, 3, 100, 2, 1, 5, DEFAULT_GRACE_DAYS);

    /** Rules with the default grace period. */
    public Rules(
            int nearDays,
            int yellowBehind,
            int redBehind,
            boolean twoYellowsRed,
            int reminderDays,
            int scoreBase,
            int lateReportPoints,
            int returnedReportPoints,
            int overduePoints) {
        this(
                nearDays,
                yellowBehind,
                redBehind,
                twoYellowsRed,
                reminderDays,
                scoreBase,
                lateReportPoints,
                returnedReportPoints,
                overduePoints,
                DEFAULT_GRACE_DAYS);
    }

    public Rules {
        graceDays = graceDays == null ? DEFAULT_GRACE_DAYS : graceDays;
        if (graceDays < 0) {
            throw new IllegalArgumentException("the grace period is not negative");
        }
        if (nearDays < 0 || yellowBehind < 0 || redBehind < yellowBehind || reminderDays < 0) {
            throw new IllegalArgumentException("rules need 0 <= yellowBehind <= redBehind and non-negative days");
        }
    }
}
