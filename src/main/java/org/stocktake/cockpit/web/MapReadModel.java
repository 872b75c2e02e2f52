package org.stocktake.cockpit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Ranks;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.indicators.Indicator;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionGroup;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;
import org.stocktake.shared.RegionLevel;
import org.stocktake.verdicts.RegionVerdict;
import org.stocktake.verdicts.TargetVerdict;

/**
 * An indicator across the prefectures in one period, with ranks and group aggregates, for the map
 * and the rankings; built once per indicator and period, and kept until the data change.
 */
@Component
class MapReadModel {

    private static final String DEFAULT = "resident_population";

    private final ReadSources sources;

    MapReadModel(ReadSources sources) {
        this.sources = sources;
    }

    /** Indicators with prefecture data, for the selectors. */
    List<Indicator> indicators() {
        DataIndex data = sources.data();
        return sources.cache().get("map-indicators", () -> data.indicatorsWithData(data.level(RegionLevel.PREFECTURE)));
    }

    IndicatorMap map(String indicator, String period) {
        String code = indicator == null || indicator.isBlank() ? defaultIndicator() : indicator;
        DataIndex data = sources.indicatorData(code);
        if (data.indicator(code) == null) {
            throw new InvalidInputException("indicator", List.of(Problem.of("indicator", "web.no-indicator", code)));
        }
        return sources.cache().get("map|" + code + "|" + period, () -> build(data, code, period));
    }

    /**
     * Resident population when the prefectures have it, else the first indicator (in definition
     * order) they have values of: each looked at by its own targeted read, never every value.
     */
    private String defaultIndicator() {
        List<Indicator> defined = sources.definedIndicators();
        List<String> order = new ArrayList<>();
        order.add(DEFAULT);
        defined.forEach(i -> order.add(i.code()));
        for (String code : order) {
            DataIndex data = sources.indicatorData(code);
            if (data.indicator(code) != null
                    && !data.periods(code, data.level(RegionLevel.PREFECTURE)).isEmpty()) {
                return code;
            }
        }
        return defined.isEmpty() ? "gdp" : defined.get(0).code();
    }

    private IndicatorMap build(DataIndex data, String code, String wanted) {
        List<Region> prefectures = data.level(RegionLevel.PREFECTURE);
        List<String> periods = data.periods(code, prefectures);
        String period =
                wanted != null && periods.contains(wanted) ? wanted : fullestPeriod(data, code, prefectures, periods);
        Map<String, Double> values = new LinkedHashMap<>();
        prefectures.forEach(r -> values.put(r.code(), period == null ? null : data.value(code, r.code(), period)));
        Indicator indicator = data.indicator(code);
        Map<String, Integer> ranks = Ranks.of(values, Ranks.higherIsBetter(indicator.polarity()));
        VerdictIndex verdicts = sources.verdicts(null);
        List<PlanDocument.Target> targets = sources.targetsOn(null, code);
        List<RegionValue> rows = new ArrayList<>();
        for (Region r : prefectures) {
            TargetVerdict v = verdictFor(verdicts, targets, r.code());
            rows.add(new RegionValue(
                    r.code(),
                    r.name(),
                    values.get(r.code()),
                    ranks.get(r.code()),
                    Ranks.tied(ranks, r.code()),
                    v == null ? null : v.verdict().verdictClass().code(),
                    v == null ? null : v.verdict().verdictClass().label()));
        }
        List<GroupValue> groups = data.groups().stream()
                .map(g -> group(g, sources.additive(code), values, verdictFor(verdicts, targets, g.code())))
                .toList();
        return new IndicatorMap(indicator, period, periods, rows, groups);
    }

    /**
     * The map with each prefecture coloured by its verdict on one target (its own decomposed
     * target, or the province's as a benchmark) instead of the verdicts of the indicator's
     * targets; a prefecture not judged on it has none.
     */
    IndicatorMap withVerdictsOf(IndicatorMap m, String planCode, String target) {
        Map<String, RegionVerdict> verdicts = sources.targetVerdicts(planCode, target);
        List<RegionValue> rows = m.regions().stream()
                .map(r -> {
                    RegionVerdict v = verdicts.get(r.code());
                    VerdictClass c = v == null ? null : v.verdict().verdict().verdictClass();
                    return new RegionValue(
                            r.code(),
                            r.name(),
                            r.value(),
                            r.rank(),
                            r.tied(),
                            c == null ? null : c.code(),
                            c == null ? null : c.label(),
                            v == null ? null : v.basisLabel());
                })
                .toList();
        return new IndicatorMap(m.indicator(), m.period(), m.periods(), rows, m.groups());
    }

    /** The period with values for the most prefectures; the latest of those that tie. */
    static String fullestPeriod(DataIndex data, String code, List<Region> regions, List<String> periods) {
        String best = null;
        long bestCount = 0;
        for (String p : periods) {
            long n = regions.stream()
                    .filter(r -> data.value(code, r.code(), p) != null)
                    .count();
            if (n >= bestCount) {
                best = p;
                bestCount = n;
            }
        }
        return best;
    }

    /** A group's total; {@code additive} is the indicator's aggregation rule ({@code IndicatorService.additive}). */
    static GroupValue group(RegionGroup g, boolean additive, Map<String, Double> values, TargetVerdict v) {
        Double sum = null;
        String reason = null;
        if (!additive) {
            reason = "not_additive";
        } else if (g.members().stream().anyMatch(m -> values.get(m) == null)) {
            reason = "incomplete";
        } else {
            sum = Math.round(g.members().stream().mapToDouble(values::get).sum() * 100) / 100.0;
        }
        return new GroupValue(
                g.code(),
                g.name(),
                g.members(),
                sum,
                reason,
                v == null ? null : v.verdict().verdictClass().code(),
                v == null ? null : v.verdict().verdictClass().label());
    }

    private static TargetVerdict verdictFor(VerdictIndex verdicts, List<PlanDocument.Target> targets, String region) {
        return targets.stream()
                .map(t -> verdicts.of(t.code(), region).orElse(null))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
