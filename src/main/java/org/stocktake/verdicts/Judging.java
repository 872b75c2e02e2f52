package org.stocktake.verdicts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Series;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.assessment.TaskLight;
import org.stocktake.assessment.Verdict;
import org.stocktake.indicators.Formula;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.ObservationService;
import org.stocktake.plan.PlanDocument;

/**
 * Judges target × region pairs in batches: each batch reads only the values its pairs rest on (the
 * targets' indicators, their reference indicators and the inputs of their formulas, in the
 * batch's regions, over the years judged) in one targeted read, judges its pairs in parallel and
 * hands the verdicts on before the next batch is read, so memory stays bounded by the batch.
 */
final class Judging {

    /** Pairs per batch: about 30,000 pairs hold about 330,000 values. */
    static final int BATCH = 30_000;

    private final ObservationService observations;
    private final IndicatorService indicators;
    private final Map<String, Formula> formulas;
    private final Map<String, String> units = new java.util.HashMap<>();
    private long readNanos;
    private long judgeNanos;

    Judging(ObservationService observations, IndicatorService indicators) {
        this.observations = observations;
        this.indicators = indicators;
        this.formulas = indicators.formulas();
        indicators.all().forEach(i -> units.put(i.code(), i.unit()));
    }

    /**
     * Judges the pairs as of a year by the methods each asks for, and gives each batch's verdicts
     * to {@code sink}; {@code lights} gives the lights of the tasks linked to a target.
     */
    void run(
            PlanDocument plan,
            List<Pair> pairs,
            int asOf,
            Function<Pair, List<Method>> methods,
            Function<PlanDocument.Target, List<TaskLight>> lights,
            Instant now,
            Consumer<List<RegionVerdict>> sink) {
        for (int from = 0; from < pairs.size(); from += BATCH) {
            List<Pair> batch = pairs.subList(from, Math.min(pairs.size(), from + BATCH));
            Set<String> needed = new LinkedHashSet<>();
            Set<String> regions = new LinkedHashSet<>();
            for (Pair p : batch) {
                addWithInputs(p.target().indicator(), needed);
                addWithInputs(p.target().referenceIndicator(), needed);
                regions.add(p.region());
            }
            long t0 = System.nanoTime();
            YearlySeries yearly = new YearlySeries(
                    observations.approvedYearly(needed, regions, plan.startYear() - 6, asOf),
                    indicators,
                    formulas,
                    plan.startYear() - 6,
                    asOf);
            long t1 = System.nanoTime();
            List<RegionVerdict> verdicts = batch.parallelStream()
                    .flatMap(p -> methods.apply(p).stream()
                            .map(m -> judge(plan, p, yearly, lights.apply(p.target()), asOf, m, now)))
                    .toList();
            readNanos += t1 - t0;
            judgeNanos += System.nanoTime() - t1;
            sink.accept(verdicts);
        }
    }

    private RegionVerdict judge(
            PlanDocument plan,
            Pair p,
            YearlySeries yearly,
            List<TaskLight> lights,
            int asOf,
            Method method,
            Instant now) {
        PlanDocument.Target t = p.target();
        List<String> used = new ArrayList<>();
        Series series = t.indicator() == null ? Series.of(List.of()) : yearly.series(t.indicator(), p.region(), used);
        Series reference =
                t.referenceIndicator() == null ? null : yearly.series(t.referenceIndicator(), p.region(), used);
        Verdict verdict = p.basis() == Basis.SCOPE
                ? VerdictService.judge(plan, t, units.get(t.indicator()), series, reference, lights, asOf, method)
                : VerdictService.judgeRegion(
                        regional(plan, p, units.get(t.indicator())), series, reference, asOf, method);
        return new RegionVerdict(
                new TargetVerdict(plan.code(), t.code(), p.region(), asOf, method, verdict, used, now),
                p.basis(),
                p.example(),
                p.own());
    }

    /**
     * The target as a region is judged by it: its own value and year when it has a decomposed
     * target, the scope's otherwise (with its revisions, 中期调整: the benchmark is the target in
     * force); the baseline is always the region's own base-year value (a baseline stated in the
     * plan is the scope's).
     */
    static TargetSpec regional(PlanDocument plan, Pair p, String unit) {
        TargetSpec s = TargetInputs.spec(plan, p.target(), unit);
        Double value =
                p.own() == null ? s.value() : Double.valueOf(p.own().value().doubleValue());
        int year = p.own() == null ? s.targetYear() : Math.max(p.own().year(), s.baselineYear());
        return new TargetSpec(
                s.kind(),
                s.comparison(),
                value,
                s.baselineYear(),
                null,
                year,
                s.direction(),
                s.eachYear(),
                s.tolerance(),
                s.rankThreshold(),
                s.unit(),
                p.own() == null ? s.revisions() : List.of(),
                null);
    }

    /** The indicator and, when it is derived, every indicator its formula rests on, however deep. */
    private void addWithInputs(String indicator, Set<String> into) {
        if (indicator == null || !into.add(indicator)) {
            return;
        }
        Formula f = formulas.get(indicator);
        if (f != null) {
            f.references().forEach(r -> addWithInputs(r, into));
        }
    }

    /** Milliseconds spent reading values and judging, for the log. */
    String timings() {
        return "read " + readNanos / 1_000_000 + " ms, judged " + judgeNanos / 1_000_000 + " ms";
    }

    /** Every indicator whose change can move a verdict on {@code indicator}. */
    Set<String> inputsOf(String indicator) {
        Set<String> all = new LinkedHashSet<>();
        addWithInputs(indicator, all);
        return all;
    }
}
