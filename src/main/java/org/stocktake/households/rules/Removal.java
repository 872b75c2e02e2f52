package org.stocktake.households.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The removal conditions (风险消除): income stable above the line in force for the line's number of
 * months; every large rigid expenditure resolved; compulsory education, basic medical insurance,
 * housing and drinking water secure; at least six months since identification with at least one
 * measure; and never for a 兜底 household. No quota: each household is judged on its own record.
 */
public final class Removal {

    /** Months that must have passed since identification. */
    public static final int MONTHS_SINCE_IDENTIFICATION = 6;

    private Removal() {}

    /** A removal condition; its key names it in the bundles. */
    public enum Condition {
        NOT_SAFETY_NET,
        INCOME_STABLE,
        RIGID_EXPENDITURE_RESOLVED,
        COMPULSORY_EDUCATION,
        MEDICAL_INSURANCE,
        HOUSING_SAFE,
        WATER_SAFE,
        SIX_MONTHS_SINCE_IDENTIFICATION,
        HAS_MEASURE;

        public String key() {
            return "households.condition." + Codes.of(this);
        }
    }

    /**
     * The result: the conditions not met (empty when removal may proceed), the lowest per-capita
     * net income in fen over the stable months (or -1 without a line) and the line it was held to.
     */
    public record Result(Set<Condition> unmet, long lowestPerCapitaFen, long lineFen) {
        public boolean met() {
            return unmet.isEmpty();
        }
    }

    public static Result check(Household h, MonitoringLines lines, LocalDate asOf) {
        Set<Condition> unmet = EnumSet.noneOf(Condition.class);
        if (h.safetyNet()) {
            unmet.add(Condition.NOT_SAFETY_NET);
        }
        long[] income = income(h, lines, asOf);
        if (income[0] < 0 || income[0] < income[1]) {
            unmet.add(Condition.INCOME_STABLE);
        }
        if (h.risks().stream().anyMatch(r -> r.type().rigidExpenditure() && !r.resolvedBy(asOf))) {
            unmet.add(Condition.RIGID_EXPENDITURE_RESOLVED);
        }
        if (h.members().stream().anyMatch(m -> m.schooling() == Household.Schooling.DROPPED_OUT)) {
            unmet.add(Condition.COMPULSORY_EDUCATION);
        }
        if (h.members().isEmpty() || h.members().stream().anyMatch(m -> !m.medicalInsured())) {
            unmet.add(Condition.MEDICAL_INSURANCE);
        }
        if (!h.housingSafe()) {
            unmet.add(Condition.HOUSING_SAFE);
        }
        if (!h.waterSafe()) {
            unmet.add(Condition.WATER_SAFE);
        }
        if (h.identifiedOn() == null
                || h.identifiedOn().plusMonths(MONTHS_SINCE_IDENTIFICATION).isAfter(asOf)) {
            unmet.add(Condition.SIX_MONTHS_SINCE_IDENTIFICATION);
        }
        if (h.measures().stream().noneMatch(m -> !m.start().isAfter(asOf))) {
            unmet.add(Condition.HAS_MEASURE);
        }
        return new Result(unmet, income[0], income[1]);
    }

    /**
     * {lowest per-capita net income over the stable months, line}: for each of the line's stable
     * months ending with the month before {@code asOf}, the household's net income over the window
     * ending that month, divided by its members. {-1, 0} when no line is in force.
     */
    static long[] income(Household h, MonitoringLines lines, LocalDate asOf) {
        Optional<MonitoringLine> found = lines.inForce(h.province(), asOf);
        if (found.isEmpty() || h.members().isEmpty()) {
            return new long[] {-1, found.map(MonitoringLine::perCapitaFen).orElse(0L)};
        }
        MonitoringLine line = found.get();
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        YearMonth first = last.minusMonths(line.stableMonths() - 1L + line.windowMonths() - 1L);
        int span = line.stableMonths() + line.windowMonths() - 1;
        long[] monthly = new long[span];
        for (Household.Income i : h.incomes()) {
            long offset = first.until(i.month(), java.time.temporal.ChronoUnit.MONTHS);
            if (offset >= 0 && offset < span) {
                monthly[(int) offset] += i.kind() == Household.IncomeKind.SELF_PAY ? -i.fen() : i.fen();
            }
        }
        long lowest = Long.MAX_VALUE;
        long window = 0;
        for (int m = 0; m < span; m++) {
            window += monthly[m];
            if (m >= line.windowMonths()) {
                window -= monthly[m - line.windowMonths()];
            }
            if (m >= line.windowMonths() - 1) {
                lowest = Math.min(lowest, window / h.members().size());
            }
        }
        return new long[] {lowest, line.perCapitaFen()};
    }
}
