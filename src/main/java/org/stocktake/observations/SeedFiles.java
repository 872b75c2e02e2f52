package org.stocktake.observations;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * Reads the statistics files that ship with Stocktake into values with their provenance: the
 * province file ({@code indicator,year,value,unit,source}), the wide prefecture file (one column
 * per indicator), the additions with a quote and a reliability class per value, and the values
 * derived from published statements. Reads only; {@link SeedMerge} decides what is stored.
 */
final class SeedFiles {

    /** A column of a wide statistics file: the indicator it holds and the unit of its cells. */
    record Column(String indicator, String unit) {}

    /**
     * How the additions name an indicator the platform names otherwise: the platform's code, a
     * suffix for the period (a quarterly value is a quarter, not a year) and a factor for the
     * value (a census count in persons is stored in 10,000 persons, as the indicator counts).
     */
    private record Alias(String indicator, String periodSuffix, int movePointLeft) {}

    private static final Map<String, Alias> ALIASES = Map.of(
            "urbanisation_change_pp", new Alias("urbanisation_rate_change", "", 0),
            "industry_va_total", new Alias("industry_va", "", 0),
            "manufacturing_va_share_gdp_q1", new Alias("manufacturing_va_share_gdp", "Q1", 0),
            "digital_economy_total", new Alias("digital_economy", "", 0),
            "digital_economy_total_share_gdp", new Alias("digital_economy_share_gdp", "", 0),
            "industrial_project_investment_growth_jan_nov",
                    new Alias("industrial_project_investment_growth_ytd", "", 0),
            "high_value_invention_patents_enterprise_stock",
                    new Alias("high_value_invention_patents_enterprise", "", 0),
            "resident_population_census", new Alias("resident_population", "", 4),
            "urbanisation_rate_census", new Alias("urbanisation_rate", "", 0));

    /**
     * Rows of the additions that are no observed value: the province's re-set 2025 forest coverage
     * target is a target (the plan's revision), not a statistic.
     */
    private static final List<String> NOT_VALUES = List.of("forest_coverage_target");

    private SeedFiles() {}

    static List<SeedRow> province(String file, String provinceCode, Reader csv) throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            rows.add(new SeedRow(
                    file,
                    row(r),
                    new Observation(
                            r.get("indicator"),
                            provinceCode,
                            r.get("year"),
                            number(file, r, r.get("value")),
                            r.get("unit"),
                            r.get("source"))));
        }
        return rows;
    }

    /** One row per region and year, one column per indicator; blank cells are gaps and stay gaps. */
    static List<SeedRow> regions(String file, Reader csv, Map<String, Column> columns) throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            for (var column : columns.entrySet()) {
                String cell = r.get(column.getKey()).trim();
                if (!cell.isEmpty()) {
                    rows.add(new SeedRow(
                            file,
                            Messages.zh("where.row-column", r.getRecordNumber() + 1, column.getKey()),
                            new Observation(
                                    column.getValue().indicator(),
                                    r.get("code"),
                                    r.get("year"),
                                    number(file, r, cell),
                                    column.getValue().unit(),
                                    r.get("source"))));
                }
            }
        }
        return rows;
    }

    /** {@code indicator,year,value,unit,source_url_or_repo,quote,reliability}, for the province. */
    static List<SeedRow> provinceAdditions(String file, String provinceCode, Reader csv) throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            addition(file, r, provinceCode, r.get("source_url_or_repo")).ifPresent(rows::add);
        }
        return rows;
    }

    /** {@code region,code,indicator,year,value,unit,source,quote,reliability}. */
    static List<SeedRow> regionAdditions(String file, Reader csv) throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            addition(file, r, r.get("code"), r.get("source")).ifPresent(rows::add);
        }
        return rows;
    }

    /** {@code indicator,region,year,value,unit,source,quote,reliability,derivation}: values derived from statements. */
    static List<SeedRow> derived(String file, Reader csv) throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            Provenance p = Provenance.derived(
                    blankToNull(r.get("quote")), reliability(file, r).orElse(null), r.get("derivation"));
            rows.add(new SeedRow(
                    file,
                    row(r),
                    new Observation(
                            r.get("indicator"),
                            r.get("region"),
                            r.get("year"),
                            number(file, r, r.get("value")),
                            r.get("unit"),
                            r.get("source"),
                            0,
                            p)));
        }
        return rows;
    }

    private static Optional<SeedRow> addition(String file, CSVRecord r, String region, String source) {
        String named = r.get("indicator");
        if (NOT_VALUES.contains(named)) {
            return Optional.empty();
        }
        Alias alias = ALIASES.getOrDefault(named, new Alias(named, "", 0));
        BigDecimal value = number(file, r, r.get("value")).movePointLeft(alias.movePointLeft());
        String unit = alias.movePointLeft() == 0
                ? r.get("unit")
                : r.get("unit") + " — stored in 10,000 persons: " + r.get("value") + " persons";
        String listed = r.get("reliability").strip();
        Reliability reliability =
                reliability(file, r).orElseThrow(() -> refused(file, r, "data.seed.reliability", listed));
        String cited = listed.equals(reliability.code()) ? source : source + " [reliability as listed: " + listed + "]";
        return Optional.of(new SeedRow(
                file,
                row(r),
                new Observation(
                        alias.indicator(),
                        region,
                        r.get("year") + alias.periodSuffix(),
                        value,
                        unit,
                        cited,
                        0,
                        Provenance.published(r.get("quote"), reliability))));
    }

    /**
     * The class of a value as the file lists it: its leading letters, the weakest of them where
     * two are given ("B/C" is C: a verdict may rest on it only once confirmed); words after
     * the letters ("C (weak)") are notes. Empty for a blank cell.
     */
    static Optional<Reliability> reliability(String file, CSVRecord r) {
        String cell = r.get("reliability").strip();
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        String letters = cell.split("[\\s(]", 2)[0];
        Reliability weakest = null;
        for (String letter : letters.split("/")) {
            Reliability c = Reliability.of(letter).orElseThrow(() -> refused(file, r, "data.seed.reliability", cell));
            weakest = weakest == null || c.compareTo(weakest) > 0 ? c : weakest;
        }
        return Optional.ofNullable(weakest);
    }

    private static BigDecimal number(String file, CSVRecord r, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw refused(file, r, "data.seed.number", text);
        }
    }

    private static InvalidInputException refused(String file, CSVRecord r, String key, Object arg) {
        return new InvalidInputException(file, List.of(Problem.of(file + " " + row(r), key, arg)));
    }

    private static String row(CSVRecord r) {
        return Messages.zh("where.row", r.getRecordNumber() + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Iterable<CSVRecord> parse(Reader csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(csv);
    }
}
