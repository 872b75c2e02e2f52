package org.stocktake.cockpit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Method;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanService;
import org.stocktake.verdicts.TargetVerdict;
import org.stocktake.verdicts.VerdictService;

/** The current plan and its targets as pages and the API read them. */
@Component
class PlanReadModel {

    private final PlanService plans;
    private final IndicatorService indicators;
    private final VerdictService verdicts;

    PlanReadModel(PlanService plans, IndicatorService indicators, VerdictService verdicts) {
        this.plans = plans;
        this.indicators = indicators;
        this.verdicts = verdicts;
    }

    PlanDocument plan(String code) {
        return plans.document(code);
    }

    List<TargetRow> targets(String code, Locale locale) {
        Map<String, Indicator> byCode =
                indicators.all().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        PlanDocument plan = plan(code);
        Map<String, TargetVerdict> judged = verdicts.current(plan.code()).stream()
                .filter(v -> v.method() == Method.SCHEDULE)
                .collect(Collectors.toMap(
                        v -> v.target() + "@" + v.region(), v -> v, (a, b) -> a.asOf() >= b.asOf() ? a : b));
        return plan.targets().stream()
                .map(t -> {
                    TargetVerdict v = judged.get(t.code() + "@" + t.scope());
                    return TargetRow.of(
                            t,
                            t.indicator() == null || !byCode.containsKey(t.indicator())
                                    ? null
                                    : byCode.get(t.indicator()).name().in(locale),
                            v == null ? null : VerdictView.of(v, locale));
                })
                .toList();
    }
}
