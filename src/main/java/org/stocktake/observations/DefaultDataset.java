package org.stocktake.observations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.plan.PlanService;
import org.stocktake.regions.RegionService;

/**
 * Loads the Hunan data set that ships with Stocktake on a first start (an empty database):
 * divisions, indicators, the plan and the published statistics, in one transaction, before
 * the web server takes its first request. The statistics are the province and prefecture files,
 * then the additions (each value with its quote and reliability class) and the values derived
 * from published statements, merged by {@link SeedMerge} (a repeat keeps one revision, a
 * restated value is a revision).
 */
@Component
@ConditionalOnProperty(name = "stocktake.seed.enabled", havingValue = "true", matchIfMissing = true)
class DefaultDataset implements SmartInitializingSingleton {

    static final String PLAN_RESOURCE = "/plans/hunan-central-2021.yaml";
    private static final String PROVINCE = "430000";
    /** Units of the seed file's columns, written as the indicators file writes them (data, not interface text). */
    private static final String UNIT_GDP = "亿元";

    private static final String UNIT_POPULATION = "万人";
    private static final Logger log = LoggerFactory.getLogger(DefaultDataset.class);

    private final RegionService regions;
    private final IndicatorService indicators;
    private final PlanService plans;
    private final ObservationService observations;
    private final TransactionTemplate transaction;

    DefaultDataset(
            RegionService regions,
            IndicatorService indicators,
            PlanService plans,
            ObservationService observations,
            TransactionTemplate transaction) {
        this.regions = regions;
        this.indicators = indicators;
        this.plans = plans;
        this.observations = observations;
        this.transaction = transaction;
    }

    /** Runs once all beans exist and before the web server accepts requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!regions.all().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info(
                "已载入湖南默认数据 / loaded the Hunan data set: {} regions, {} observations",
                regions.all().size(),
                observations.count());
    }

    private void load() {
        try {
            try (Reader r = resource("/hunan/divisions.csv")) {
                regions.loadDivisions("divisions.csv", r);
            }
            try (Reader r = resource("/hunan/indicators.csv")) {
                indicators.defineAll(r);
            }
            try (InputStream in = DefaultDataset.class.getResourceAsStream(PLAN_RESOURCE)) {
                plans.importPlan("hunan-central-2021.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            List<SeedRow> rows = new ArrayList<>();
            try (Reader r = resource("/hunan/indicators-province.csv")) {
                rows.addAll(SeedFiles.province("indicators-province.csv", PROVINCE, r));
            }
            Map<String, SeedFiles.Column> columns = new LinkedHashMap<>();
            columns.put("gdp", new SeedFiles.Column("gdp", UNIT_GDP));
            columns.put("population", new SeedFiles.Column("resident_population", UNIT_POPULATION));
            columns.put("urbanisation", new SeedFiles.Column("urbanisation_rate", "%"));
            try (Reader r = resource("/hunan/prefectures-stats.csv")) {
                rows.addAll(SeedFiles.regions("prefectures-stats.csv", r, columns));
            }
            try (Reader r = resource("/hunan/additions/province-additions.csv")) {
                rows.addAll(SeedFiles.provinceAdditions("additions/province-additions.csv", PROVINCE, r));
            }
            try (Reader r = resource("/hunan/additions/prefecture-additions.csv")) {
                rows.addAll(SeedFiles.regionAdditions("additions/prefecture-additions.csv", r));
            }
            try (Reader r = resource("/hunan/additions/derived.csv")) {
                rows.addAll(SeedFiles.derived("additions/derived.csv", r));
            }
            observations.store(SeedMerge.merge(rows));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        return new InputStreamReader(DefaultDataset.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }
}
