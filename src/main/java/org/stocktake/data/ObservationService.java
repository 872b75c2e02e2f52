package org.stocktake.data;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;

/** Observations: store a checked batch all or nothing, and read them back. */
@Service
public class ObservationService {

    private static final String UPSERT = """
            insert into data_observation (indicator_code, region_code, period, value, unit, source)
            values (:indicator, :region, :period, :value, :unit, :source)
            on conflict (indicator_code, region_code, period) do update
            set value = excluded.value, unit = excluded.unit, source = excluded.source
            """;

    private final JdbcClient jdbc;
    private final RegionService regions;
    private final IndicatorService indicators;

    ObservationService(JdbcClient jdbc, RegionService regions, IndicatorService indicators) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.indicators = indicators;
    }

    /** Stores a batch after checking every row; nothing is stored if any row is wrong. */
    @Transactional
    public int store(String source, List<Observation> batch, List<String> rowNames) {
        Set<String> regionCodes = regions.all().stream().map(r -> r.code()).collect(Collectors.toSet());
        Set<String> indicatorCodes = indicators.all().stream().map(i -> i.code()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Observation o = batch.get(i);
            if (!indicatorCodes.contains(o.indicator())) {
                problems.add(new Problem(rowNames.get(i), "未知指标 " + o.indicator(), "unknown indicator " + o.indicator()));
            }
            if (!regionCodes.contains(o.region())) {
                problems.add(new Problem(rowNames.get(i), "未知区划 " + o.region(), "unknown region " + o.region()));
            }
            if (Period.parse(o.period()).isEmpty()) {
                problems.add(new Problem(rowNames.get(i), "期别格式不对 " + o.period(), "bad period " + o.period()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        batch.forEach(o -> jdbc.sql(UPSERT).param("indicator", o.indicator()).param("region", o.region())
                .param("period", o.period()).param("value", o.value()).param("unit", o.unit())
                .param("source", o.source()).update());
        return batch.size();
    }

    /** Loads the province statistics file ({@code indicator,year,value,unit,source}). */
    @Transactional
    public int loadProvinceStatistics(String source, String provinceCode, Reader csv) throws IOException {
        List<Observation> batch = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            batch.add(new Observation(r.get("indicator"), provinceCode, r.get("year"),
                    new BigDecimal(r.get("value")), r.get("unit"), r.get("source")));
            rows.add("行 " + (r.getRecordNumber() + 1));
        }
        return store(source, batch, rows);
    }

    /**
     * Loads the prefecture statistics file ({@code code,year,<indicator…>,source}): one row per
     * region and year, one column per indicator; blank cells are gaps and stay gaps.
     */
    @Transactional
    public int loadRegionStatistics(String source, Reader csv, java.util.Map<String, Column> columns) throws IOException {
        List<Observation> batch = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            for (var column : columns.entrySet()) {
                String cell = r.get(column.getKey()).trim();
                if (!cell.isEmpty()) {
                    batch.add(new Observation(column.getValue().indicator(), r.get("code"), r.get("year"),
                            new BigDecimal(cell), column.getValue().unit(), r.get("source")));
                    rows.add("行 " + (r.getRecordNumber() + 1) + " 列 " + column.getKey());
                }
            }
        }
        return store(source, batch, rows);
    }

    /** A column of a wide statistics file: the indicator it holds and the unit of its cells. */
    public record Column(String indicator, String unit) {
    }

    public List<Observation> all() {
        return jdbc.sql("select * from data_observation order by indicator_code, region_code, period")
                .query((rs, n) -> new Observation(rs.getString("indicator_code"), rs.getString("region_code"),
                        rs.getString("period"), rs.getBigDecimal("value"), rs.getString("unit"), rs.getString("source")))
                .list();
    }

    public List<Observation> find(String indicator, String region) {
        return all().stream().filter(o -> (indicator == null || o.indicator().equals(indicator))
                && (region == null || o.region().equals(region))).toList();
    }

    public long count() {
        return jdbc.sql("select count(*) from data_observation").query(Long.class).single();
    }

    private static Iterable<CSVRecord> parse(Reader csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv);
    }
}
