package org.stocktake.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.stocktake.indicators.Evaluation.Known;
import org.stocktake.indicators.FormulaEvaluator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.Observation;
import org.stocktake.observations.ObservationService;
import org.stocktake.observations.ObservationsChanged;
import org.stocktake.plan.PlanImported;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.Period;
import org.stocktake.shared.RegionLevel;

/**
 * The composite evaluations that ship as example frameworks (see {@code evaluation/README.md}):
 * prefectures from the published statistics and 五好园区 from a sample file, each with ranks and
 * the rank intervals of a seeded uncertainty analysis. Results are cached until data change.
 */
@Service
public class CompositeService {

    static final long SEED = 20210714L;
    private static final double THRESHOLD = 0.66;

    private final ObservationService observations;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final Map<String, CompositeResult> cache = new ConcurrentHashMap<>();

    CompositeService(ObservationService observations, IndicatorService indicators, RegionService regions) {
        this.observations = observations;
        this.indicators = indicators;
        this.regions = regions;
    }

    @ApplicationModuleListener
    void on(PlanImported event) {
        dataChanged();
    }

    /** New values change the prefectures' composite: it is computed afresh when next asked for. */
    @ApplicationModuleListener
    void on(ObservationsChanged event) {
        if (event.approvedValues()) {
            dataChanged();
        }
    }

    void dataChanged() {
        cache.clear();
    }

    /** The prefectures in the latest year for which any prefecture reports GDP. */
    public CompositeResult prefectures(Locale locale) {
        return cache.computeIfAbsent(
                "prefectures-" + locale.getLanguage(), k -> evaluatePrefectures(locale, (i, r, y) -> 0));
    }

    /**
     * Moves a region's base figure for an indicator in a year before the evaluation (the enclave
     * assessment view adds the parts agreements give); 0 leaves the published figure.
     */
    @FunctionalInterface
    public interface Adjustment {
        double delta(String indicator, String region, int year);
    }

    /**
     * The prefectures as {@link #prefectures(Locale)}, with every base figure moved by {@code
     * adjustment} (formulas see the moved figures); computed afresh, never cached.
     */
    public CompositeResult prefectures(Locale locale, Adjustment adjustment) {
        return evaluatePrefectures(locale, adjustment);
    }

    /** The sample parks (invented data, marked as such) under the 五好园区 framework. */
    public CompositeResult parks(Locale locale) {
        return cache.computeIfAbsent("parks-" + locale.getLanguage(), k -> {
            Frame frame = frame("five-good-parks", locale);
            try {
                Dataset data = EvaluationFiles.DataFile.read(
                        "five-good-parks.SAMPLE-data.csv", text("five-good-parks.SAMPLE-data.csv"), frame.framework());
                return result(frame, data, data.units(), new Normalisation.Efficacy(), "", true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The prefectures in a given year, every base figure moved by {@code adjustment} (0 leaves the
     * published figure); computed afresh, never cached.
     */
    public CompositeResult prefectures(Locale locale, int year, Adjustment adjustment) {
        return evaluatePrefectures(locale, prefectures(), String.valueOf(year), adjustment);
    }

    private List<Region> prefectures() {
        return regions.all().stream()
                .filter(r -> r.level() == RegionLevel.PREFECTURE)
                .toList();
    }

    private CompositeResult evaluatePrefectures(Locale locale, Adjustment adjustment) {
        List<Region> prefectures = prefectures();
        String year = observations.find("gdp", null).stream()
                .filter(o -> prefectures.stream().anyMatch(r -> r.code().equals(o.region())))
                .map(Observation::period)
                .filter(Period::yearly)
                .max(String::compareTo)
                .orElse(null);
        return evaluatePrefectures(locale, prefectures, year, adjustment);
    }

    private CompositeResult evaluatePrefectures(
            Locale locale, List<Region> prefectures, String year, Adjustment adjustment) {
        Frame frame = frame("hunan-prefectures", locale);
        Map<String, double[]> columns = new LinkedHashMap<>();
        FormulaEvaluator evaluator =
                indicators.evaluator((indicator, region, period) -> observations.find(indicator, region).stream()
                        .filter(o -> o.period().equals(period.toString()))
                        .mapToDouble(o -> o.value().doubleValue()
                                + (period.isYear() ? adjustment.delta(indicator, region, period.year()) : 0))
                        .findFirst());
        for (Node n : frame.framework().indicators()) {
            double[] values = new double[prefectures.size()];
            for (int i = 0; i < prefectures.size(); i++) {
                values[i] = year == null
                        ? Double.NaN
                        : evaluator.indicator(
                                                n.code(),
                                                prefectures.get(i).code(),
                                                Period.ofYear(Integer.parseInt(year)))
                                        instanceof Known k
                                ? k.value()
                                : Double.NaN;
            }
            columns.put(n.code(), values);
        }
        List<String> names = prefectures.stream().map(r -> r.name().in(locale)).toList();
        Dataset data = new Dataset(prefectures.stream().map(Region::code).toList(), columns);
        return result(frame, data, names, new Normalisation.MinMax(0, 100), year == null ? "" : year, false);
    }

    private CompositeResult result(
            Frame frame, Dataset data, List<String> names, Normalisation normalisation, String period, boolean sample) {
        Aggregation mean = new Aggregation(Aggregation.Mean.ARITHMETIC, THRESHOLD);
        Evaluation evaluation = Evaluator.evaluate(frame.framework(), data, normalisation, mean);
        List<Sensitivity.RankInterval> intervals = new Sensitivity(
                        0.25,
                        List.of(
                                new Normalisation.MinMax(1, 100),
                                new Normalisation.Rank(),
                                new Normalisation.Efficacy()),
                        List.of(mean, new Aggregation(Aggregation.Mean.GEOMETRIC, THRESHOLD)),
                        500,
                        SEED)
                .run(frame.framework(), data);
        List<Node> pillars =
                frame.framework().aggregates().stream().filter(n -> !n.isTop()).toList();
        List<CompositeResult.Row> rows = new ArrayList<>();
        double[] top = evaluation.topScores();
        for (int u = 0; u < data.units().size(); u++) {
            Map<String, Double> pillarScores = new LinkedHashMap<>();
            for (Node p : pillars) {
                pillarScores.put(
                        frame.names().get(p.code()), nan(evaluation.aggregated().get(p.code())[u]));
            }
            Sensitivity.RankInterval interval = intervals.get(u);
            rows.add(new CompositeResult.Row(
                    data.units().get(u),
                    names.get(u),
                    nan(top[u]),
                    evaluation.ranks()[u] == 0 ? null : evaluation.ranks()[u],
                    pillarScores,
                    interval.rankedRuns() == 0 ? null : interval.median(),
                    interval.rankedRuns() == 0 ? null : interval.p5(),
                    interval.rankedRuns() == 0 ? null : interval.p95()));
        }
        rows.sort(java.util.Comparator.comparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank()));
        return new CompositeResult(
                frame.code(),
                frame.names().get(frame.framework().top().code()),
                period,
                pillars.stream().map(p -> frame.names().get(p.code())).toList(),
                rows,
                sample,
                SEED);
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** A framework file with its node names in one language. */
    private record Frame(String code, Framework framework, Map<String, String> names) {}

    private static Frame frame(String code, Locale locale) {
        try {
            String csv = text(code + ".framework.csv");
            Framework framework = EvaluationFiles.FrameworkFile.read(code + ".framework.csv", csv)
                    .framework();
            Map<String, String> names = new LinkedHashMap<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new java.io.StringReader(csv))) {
                names.put(
                        r.get("code"),
                        locale != null && "en".equals(locale.getLanguage()) ? r.get("name_en") : r.get("name_zh"));
            }
            return new Frame(code, framework, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = CompositeService.class.getResourceAsStream("/evaluation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
