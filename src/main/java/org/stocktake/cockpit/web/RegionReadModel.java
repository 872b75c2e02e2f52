package org.stocktake.cockpit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Ranks;
import org.stocktake.indicators.Indicator;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Region;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;
import org.stocktake.shared.RegionLevel;
import org.stocktake.verdicts.RegionVerdict;

/** Region pages and comparisons: built once per region and kept until the data change. */
@Component
class RegionReadModel {

    private final ReadSources sources;

    RegionReadModel(ReadSources sources) {
        this.sources = sources;
    }

    RegionProfile profile(String code) {
        DataIndex data = sources.data();
        Region region = data.region(code);
        if (region == null) {
            throw new InvalidInputException("region", List.of(Problem.of("region", "web.no-region", code)));
        }
        return sources.cache().get("region|" + code, () -> build(data, region));
    }

    /** The indicators either region has, in definition order, for a side-by-side table. */
    List<String> shared(RegionProfile a, RegionProfile b) {
        Set<String> codes = new LinkedHashSet<>();
        sources.data().indicators().keySet().stream()
                .filter(c -> a.row(c) != null || b.row(c) != null)
                .forEach(codes::add);
        return new ArrayList<>(codes);
    }

    /** Prefectures and counties, for the comparison's pickers. */
    List<Region> choices() {
        DataIndex data = sources.data();
        return sources.cache()
                .get(
                        "region-choices",
                        () -> java.util.stream.Stream.concat(
                                        data.level(RegionLevel.PREFECTURE).stream(),
                                        data.level(RegionLevel.COUNTY).stream())
                                .toList());
    }

    private RegionProfile build(DataIndex data, Region region) {
        List<Region> peers = data.peers(region);
        Region province = data.level(RegionLevel.PROVINCE).stream().findFirst().orElse(null);
        List<RegionProfile.Row> rows = new ArrayList<>();
        for (Indicator i : data.indicatorsWithData(List.of(region))) {
            rows.add(row(data, i, region, peers, province));
        }
        List<LocalizedText> groups = data.groups().stream()
                .filter(g -> g.members().contains(region.code()))
                .map(g -> g.name())
                .toList();
        Region parent = region.parentCode() == null ? null : data.region(region.parentCode());
        return new RegionProfile(
                region, parent == null ? null : parent.name(), peers.size(), groups, rows, judged(region.code()));
    }

    private static RegionProfile.Row row(
            DataIndex data, Indicator i, Region region, List<Region> peers, Region province) {
        List<org.stocktake.observations.Observation> series = data.series(i.code(), region.code());
        String period = series.get(series.size() - 1).period();
        Map<String, Double> values = new LinkedHashMap<>();
        peers.forEach(p -> values.put(p.code(), data.value(i.code(), p.code(), period)));
        Map<String, Integer> ranks = Ranks.of(values, Ranks.higherIsBetter(i.polarity()));
        Double provinceValue = province == null || province.code().equals(region.code())
                ? null
                : data.value(i.code(), province.code(), period);
        return new RegionProfile.Row(
                i.code(),
                i.name(),
                i.unit(),
                period,
                values.get(region.code()),
                provinceValue,
                ranks.get(region.code()),
                ranks.size(),
                Ranks.tied(ranks, region.code()));
    }

    /** Every target judged in the region, on its own target or against the province's, most severe first. */
    private List<RegionProfile.Judged> judged(String region) {
        PlanDocument plan = sources.plan(null);
        Map<String, PlanDocument.Target> targets = new LinkedHashMap<>();
        plan.targets().forEach(t -> targets.put(t.code(), t));
        List<RegionProfile.Judged> out = new ArrayList<>();
        for (RegionVerdict v : sources.regionVerdicts(plan.code(), region).values()) {
            PlanDocument.Target t = targets.get(v.target());
            RegionVerdictView view = RegionVerdictView.of(v, t);
            out.add(new RegionProfile.Judged(
                    v.target(),
                    t == null ? new LocalizedText(v.target(), v.target()) : t.title(),
                    view.cls(),
                    view.label(),
                    view.explanation(),
                    v.verdict().asOf(),
                    view.basisLabel(),
                    view.own(),
                    view.ownSource(),
                    view.example()));
        }
        out.sort(java.util.Comparator.comparingInt(j -> CockpitReadModel.SEVERITY.indexOf(
                org.stocktake.assessment.VerdictClass.valueOf(j.verdict().toUpperCase(Locale.ROOT)))));
        return out;
    }
}
