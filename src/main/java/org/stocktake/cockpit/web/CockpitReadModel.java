package org.stocktake.cockpit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.indicators.Indicator;
import org.stocktake.observations.Observation;
import org.stocktake.plan.PlanDocument;
import org.stocktake.shared.Period;
import org.stocktake.verdicts.TargetVerdict;

/**
 * The cockpit of a plan from the stored verdicts and the observation index; built once per plan
 * and day, kept until the data change. Computes no verdict.
 */
@Component
class CockpitReadModel {

    /**
     * Red first: what was not achieved or moves away from the target, then what lags, then the
     * rest; the classes that say nothing about progress (not comparable, insufficient data) last.
     */
    static final List<VerdictClass> SEVERITY = List.of(
            VerdictClass.NOT_ACHIEVED,
            VerdictClass.DETERIORATING,
            VerdictClass.LAGGING,
            VerdictClass.ON_TRACK,
            VerdictClass.AHEAD,
            VerdictClass.ACHIEVED_EARLY,
            VerdictClass.ACHIEVED,
            VerdictClass.NOT_COMPARABLE,
            VerdictClass.INSUFFICIENT_DATA);

    private final ReadSources sources;
    private final Clock clock;

    CockpitReadModel(ReadSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    Cockpit cockpit(String planCode) {
        PlanDocument plan = sources.plan(planCode);
        LocalDate today = LocalDate.now(clock);
        return sources.cache().get("cockpit|" + plan.code() + "|" + today, () -> build(plan, today));
    }

    private Cockpit build(PlanDocument plan, LocalDate today) {
        DataIndex data = sources.headlineData(plan);
        VerdictIndex verdicts = sources.verdicts(plan.code());
        List<Headline> headlines = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        SEVERITY.forEach(c -> counts.put(c.code(), 0L));
        for (PlanDocument.Target t : plan.targets()) {
            TargetVerdict v = verdicts.of(t.code(), t.scope()).orElse(null);
            if (v != null) {
                counts.merge(v.verdict().verdictClass().code(), 1L, Long::sum);
            }
            if (t.value() != null) {
                headlines.add(headline(t, v, data));
            }
        }
        headlines.sort(Comparator.comparingInt(CockpitReadModel::severity));
        return new Cockpit(
                plan.code(),
                plan.title(),
                plan.startYear(),
                plan.endYear(),
                today,
                schedulePercent(plan.startYear(), plan.endYear(), today),
                data.latestPeriod(),
                sources.lastLoaded().orElse(null),
                verdicts.computedAt(),
                List.copyOf(headlines),
                counts);
    }

    private static int severity(Headline h) {
        return h.verdict() == null
                ? SEVERITY.size()
                : SEVERITY.indexOf(VerdictClass.valueOf(h.verdict().toUpperCase(Locale.ROOT)));
    }

    /** 序时进度: the share of the plan period (1 Jan of the first year to 31 Dec of the last) elapsed, 0–100. */
    static int schedulePercent(int startYear, int endYear, LocalDate today) {
        LocalDate start = LocalDate.of(startYear, 1, 1);
        LocalDate end = LocalDate.of(endYear + 1, 1, 1);
        long total = ChronoUnit.DAYS.between(start, end);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        return (int) Math.round(100.0 * elapsed / total);
    }

    private static Headline headline(PlanDocument.Target t, TargetVerdict v, DataIndex data) {
        List<Observation> series = t.indicator() == null
                ? List.of()
                : data.series(t.indicator(), t.scope()).stream()
                        .filter(o -> Period.yearly(o.period()))
                        .toList();
        Indicator indicator = t.indicator() == null ? null : data.indicator(t.indicator());
        Observation latest = series.isEmpty() ? null : series.get(series.size() - 1);
        Figures f = v == null ? null : v.verdict().figures();
        Double gap = null;
        String gapKind = null;
        if (f != null && f.progress() != null && f.schedule() != null) {
            gap = IndicatorReadModel.round((f.progress() - f.schedule()) * 100);
            gapKind = "path";
        } else if (f != null && f.actualRate() != null && f.requiredRate() != null) {
            boolean growth = "annual_growth".equals(t.kind().code());
            gap = IndicatorReadModel.round((f.actualRate() - f.requiredRate()) * (growth ? 100 : 1));
            gapKind = "rate";
        }
        return new Headline(
                t.code(),
                t.title(),
                t.indicator(),
                indicator == null ? t.unit() : indicator.unit(),
                t.scope(),
                v == null ? null : v.verdict().verdictClass().code(),
                v == null ? null : v.verdict().verdictClass().label(),
                v == null ? null : v.verdict().explanation(),
                latest == null ? null : latest.value().doubleValue(),
                latest == null ? null : Integer.valueOf(latest.period()),
                t.valueFor(f == null ? null : f.rebasedAt()).doubleValue(),
                t.unit() == null ? "" : t.unit(),
                t.targetYear(),
                gap,
                gapKind,
                series.stream().map(o -> Integer.valueOf(o.period())).toList(),
                series.stream().map(o -> o.value().doubleValue()).toList());
    }
}
