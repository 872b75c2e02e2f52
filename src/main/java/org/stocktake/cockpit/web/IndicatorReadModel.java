package org.stocktake.cockpit.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Point;
import org.stocktake.assessment.Trend;
import org.stocktake.indicators.Indicator;
import org.stocktake.observations.Observation;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Region;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;
import org.stocktake.shared.RegionLevel;

/**
 * An indicator in a region over the years (observed values, the plan's trajectory and target,
 * the trend projection, series breaks) for the indicator page, its API and its downloads; built
 * once per indicator and region and kept until the data change.
 */
@Component
class IndicatorReadModel {

    private final ReadSources sources;

    IndicatorReadModel(ReadSources sources) {
        this.sources = sources;
    }

    IndicatorSeries series(String code, String regionCode) {
        DataIndex data = sources.data();
        Indicator indicator = data.indicator(code);
        String regionKey = regionCode == null || regionCode.isBlank()
                ? data.level(RegionLevel.PROVINCE).get(0).code()
                : regionCode;
        Region region = data.region(regionKey);
        if (indicator == null || region == null) {
            String what = indicator == null ? "indicator " + code : "region " + regionKey;
            throw new InvalidInputException(what, List.of(Problem.of(what, "web.no-such", what)));
        }
        return sources.cache().get("series|" + code + "|" + regionKey, () -> build(data, indicator, region));
    }

    /** Regions with values of the indicator: the province first, then prefectures, then counties. */
    List<Region> regionsWithData(String code) {
        DataIndex data = sources.data();
        return sources.cache()
                .get(
                        "series-regions|" + code,
                        () -> java.util.stream.Stream.of(
                                        RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY)
                                .flatMap(level -> data.level(level).stream())
                                .filter(r -> !data.series(code, r.code()).isEmpty())
                                .toList());
    }

    private IndicatorSeries build(DataIndex data, Indicator indicator, Region region) {
        List<Observation> yearly = data.series(indicator.code(), region.code()).stream()
                .filter(o -> Period.parse(o.period())
                        .map(p -> p.kind() == Period.Kind.YEAR)
                        .orElse(false))
                .toList();
        List<Integer> breaks = sources.breakYears(indicator.code());
        PlanDocument.Target target = sources.targetsOn(null, indicator.code()).stream()
                .filter(t -> region.code().equals(t.scope()))
                .findFirst()
                .orElse(null);
        IndicatorSeries.Target line = target == null ? null : Trajectories.line(target, yearly, sources.plan(null));
        java.util.Map<String, Double> used = new java.util.HashMap<>();
        data.series(indicator.code(), region.code())
                .forEach(o -> used.put(o.period(), o.value().doubleValue()));
        List<IndicatorSeries.Source> cited = sources.published(indicator.code(), region.code()).stream()
                .map(o -> source(o, o.usable() ? null : used.get(o.period())))
                .toList();
        return new IndicatorSeries(
                indicator.code(),
                indicator.name(),
                indicator.unit(),
                indicator.polarity(),
                region.code(),
                region.name(),
                line,
                breaks,
                cited,
                rows(yearly, breaks, line));
    }

    private static IndicatorSeries.Source source(Observation o, Double inUse) {
        return new IndicatorSeries.Source(
                o.period(),
                o.value().doubleValue(),
                o.unit(),
                o.source(),
                o.quote(),
                o.reliability() == null ? null : o.reliability().code(),
                o.derivation(),
                o.usable(),
                o.provenance().confirmedBy(),
                o.provenance().confirmedAt(),
                inUse);
    }

    private static List<SeriesRow> rows(List<Observation> yearly, List<Integer> breaks, IndicatorSeries.Target line) {
        int lastBreak = breaks.isEmpty() ? Integer.MIN_VALUE : breaks.get(breaks.size() - 1);
        List<Point> comparable = yearly.stream()
                .filter(o -> Integer.parseInt(o.period()) >= lastBreak)
                .map(o -> new Point(Integer.parseInt(o.period()), o.value().doubleValue()))
                .toList();
        Trend trend = Trend.forProjection(comparable).orElse(null);
        if (yearly.isEmpty() && line == null) {
            return List.of();
        }
        int lastObserved = yearly.isEmpty()
                ? Integer.MIN_VALUE
                : Integer.parseInt(yearly.get(yearly.size() - 1).period());
        int first =
                yearly.isEmpty() ? line.year() : Integer.parseInt(yearly.get(0).period());
        if (line != null && line.baselineYear() != null) {
            first = Math.min(first, line.baselineYear());
        }
        int last = Math.max(lastObserved, line == null ? lastObserved : line.year());
        List<SeriesRow> rows = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            Double observed = observed(yearly, y);
            boolean projecting = trend != null && y >= lastObserved;
            Double projected = projecting ? round(trend.at(y)) : null;
            double half = projecting ? trend.halfBand(y) : Double.NaN;
            rows.add(new SeriesRow(
                    y,
                    observed,
                    line == null ? null : Trajectories.at(line, y),
                    projected,
                    Double.isNaN(half) ? null : round(trend.at(y) - half),
                    Double.isNaN(half) ? null : round(trend.at(y) + half)));
        }
        return rows;
    }

    private static Double observed(List<Observation> yearly, int year) {
        return yearly.stream()
                .filter(o -> o.period().equals(Integer.toString(year)))
                .findFirst()
                .map(o -> o.value().doubleValue())
                .orElse(null);
    }

    static Double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
