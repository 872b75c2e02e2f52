package org.stocktake.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stocktake.assessment.Figures;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;
import org.stocktake.shared.Messages;
import org.stocktake.verdicts.TargetVerdict;

/** The evaluation table of a plan's targets: 指标, 基数, 目标, 最新值, 完成进度, 时间进度, 评价, 说明. */
public final class TargetTable {

    private static final List<String> HEADER_KEYS =
            List.of("target", "baseline", "goal", "latest", "progress", "schedule", "verdict", "explanation");
    public static final List<String> HEADERS_ZH = HEADER_KEYS.stream()
            .map(k -> Messages.get(Messages.ZH, "reports.table." + k))
            .toList();
    public static final List<String> HEADERS_EN = HEADER_KEYS.stream()
            .map(k -> Messages.get(Messages.EN, "reports.table." + k))
            .toList();

    private TargetTable() {}

    public static List<String> headers(Locale locale) {
        return english(locale) ? HEADERS_EN : HEADERS_ZH;
    }

    /** One row per verdict, in the plan's order of targets. */
    public static List<List<String>> rows(PlanDocument plan, List<TargetVerdict> verdicts, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetVerdict v : verdicts) {
            PlanDocument.Target t = plan.targets().stream()
                    .filter(x -> x.code().equals(v.target()))
                    .findFirst()
                    .orElseThrow();
            Figures f = v.verdict().figures();
            rows.add(List.of(
                    t.title().in(locale),
                    base(t, f),
                    goal(t, locale),
                    latest(t, f, locale),
                    percent(f.progress()),
                    percent(f.schedule()),
                    v.verdict().verdictClass().label().in(locale),
                    v.verdict().explanation().in(locale)));
        }
        return rows;
    }

    /** The base year and value; for a growth target chained from yearly rates, the year alone. */
    static String base(PlanDocument.Target t, Figures f) {
        if (t.kind() == TargetKind.ANNUAL_GROWTH && f.baseYear() != null && f.baseValue() == null) {
            return Integer.toString(f.baseYear());
        }
        return point(f.baseYear(), f.baseValue());
    }

    /** The latest value; for a growth target the yearly growth since the baseline, not the level. */
    static String latest(PlanDocument.Target t, Figures f, Locale locale) {
        if (t.kind() == TargetKind.ANNUAL_GROWTH && f.latestYear() != null && f.actualRate() != null) {
            return f.latestYear() + ": " + Messages.get(locale, "reports.table.growth", percent(f.actualRate()));
        }
        return point(f.latestYear(), f.latestValue());
    }

    /** The target, and each revision for a new caliber after it: ≥59% (2025)；2024年起新口径 ≥53.15%. */
    static String goal(PlanDocument.Target t, Locale locale) {
        String goal = t.value() == null
                ? Messages.get(
                        locale,
                        "reports.table.kind-goal",
                        Messages.get(locale, "kind." + t.kind().code()),
                        t.targetYear())
                : goal(t);
        for (PlanDocument.Revision r : t.revisions()) {
            goal = Messages.get(
                    locale, "reports.table.revised", goal, r.caliber(), sign(t) + plain(r.value()) + unit(t));
        }
        return goal;
    }

    private static String sign(PlanDocument.Target t) {
        return t.comparator() == null
                ? ""
                : switch (t.comparator()) {
                    case AT_LEAST -> "≥";
                    case AT_MOST -> "≤";
                    case EQUAL -> "=";
                };
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String unit(PlanDocument.Target t) {
        return t.unit() == null ? "" : t.unit();
    }

    /** A target with a value: ≥59% (2025). One without is named by its kind in words (see above). */
    static String goal(PlanDocument.Target t) {
        return sign(t) + plain(t.value()) + unit(t) + " (" + t.targetYear() + ")";
    }

    static String point(Integer year, Double value) {
        return year == null || value == null ? "—" : year + ": " + number(value);
    }

    public static String number(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
