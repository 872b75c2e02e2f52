package org.stocktake.parks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * Reads the park files whole (CSV, UTF-8, a header row): the registry, the parks' yearly values
 * and the management rules. Every problem names its row and column; one problem refuses the file.
 */
final class ParkFiles {

    static final List<String> REGISTRY = List.of("code", "name_zh", "name_en", "level", "kind", "region");
    static final List<String> VALUES = List.of("park", "indicator", "year", "value");
    static final List<String> RULES =
            List.of("code", "position", "places", "years", "level", "action", "name_zh", "name_en");

    /** A value row of the values file. */
    record Value(String park, String indicator, int year, double value) {}

    private ParkFiles() {}

    static List<Park> registry(String source, String csv, Predicate<String> regionKnown, boolean sample) {
        Reader r = new Reader(source, csv, REGISTRY);
        List<Park> parks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord rec : r.records) {
            String code = r.text(rec, "code");
            if (code != null && !seen.add(code)) {
                r.problem(rec, "code", "parks.file.duplicate", code);
            }
            String zh = r.text(rec, "name_zh");
            String en = r.text(rec, "name_en");
            ParkLevel level = r.choice(rec, "level", ParkLevel::of, "parks.file.level");
            ParkKind kind = r.choice(rec, "kind", ParkKind::of, "parks.file.kind");
            String region = r.text(rec, "region");
            if (region != null && !regionKnown.test(region)) {
                r.problem(rec, "region", "parks.file.region", region);
            }
            Double area = r.number(rec, "area_km2", 0, 1e6);
            Double lon = r.number(rec, "lon", 73, 136);
            Double lat = r.number(rec, "lat", 3, 54);
            String managedBy = r.optional(rec, "managed_by");
            if (r.problems.isEmpty()) {
                parks.add(new Park(
                        code, new LocalizedText(zh, en), level, kind, region, area, managedBy, lon, lat, sample));
            }
        }
        return r.done(parks);
    }

    static List<Value> values(String source, String csv, Predicate<String> parkKnown) {
        Reader r = new Reader(source, csv, VALUES);
        List<Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord rec : r.records) {
            String park = r.text(rec, "park");
            if (park != null && !parkKnown.test(park)) {
                r.problem(rec, "park", "parks.file.park", park);
            }
            String indicator = r.text(rec, "indicator");
            if (indicator != null && !indicator.matches("[a-z][a-z0-9_]*")) {
                r.problem(rec, "indicator", "parks.file.indicator", indicator);
            }
            Double year = r.number(rec, "year", 1990, 2100);
            Double value = r.number(rec, "value", -1e15, 1e15);
            if (year != null && year != Math.rint(year)) {
                r.problem(rec, "year", "parks.file.year", rec.get("year"));
            }
            if (r.problems.isEmpty() && (year == null || value == null)) {
                r.problem(rec, year == null ? "year" : "value", "parks.file.blank");
            }
            if (r.problems.isEmpty() && !seen.add(park + "/" + indicator + "/" + year.intValue())) {
                r.problem(rec, "indicator", "parks.file.duplicate", park + " " + indicator + " " + year.intValue());
            }
            if (r.problems.isEmpty()) {
                values.add(new Value(park, indicator, year.intValue(), value));
            }
        }
        return r.done(values);
    }

    static List<ManagementRule> rules(String source, String csv) {
        Reader r = new Reader(source, csv, RULES);
        List<ManagementRule> rules = new ArrayList<>();
        for (CSVRecord rec : r.records) {
            String code = r.text(rec, "code");
            ManagementRule.Position position = r.choice(
                    rec,
                    "position",
                    c -> java.util.Arrays.stream(ManagementRule.Position.values())
                            .filter(p -> p.name().equalsIgnoreCase(c))
                            .findFirst(),
                    "parks.file.position");
            Double places = r.number(rec, "places", 1, 1000);
            Double years = r.number(rec, "years", 1, 100);
            String levelText = r.optional(rec, "level");
            ParkLevel level = levelText == null ? null : r.choice(rec, "level", ParkLevel::of, "parks.file.level");
            String action = r.text(rec, "action");
            String zh = r.text(rec, "name_zh");
            String en = r.text(rec, "name_en");
            if (r.problems.isEmpty() && (places == null || years == null)) {
                r.problem(rec, places == null ? "places" : "years", "parks.file.blank");
            }
            if (r.problems.isEmpty()) {
                rules.add(new ManagementRule(
                        code, position, places.intValue(), years.intValue(), level, action, new LocalizedText(zh, en)));
            }
        }
        return r.done(rules);
    }

    /** One file being read: its records and the problems found so far. */
    private static final class Reader {
        final String source;
        final List<CSVRecord> records;
        final List<Problem> problems = new ArrayList<>();

        Reader(String source, String csv, List<String> required) {
            this.source = source;
            String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
            try (CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(text))) {
                List<String> header = parser.getHeaderNames();
                for (String c : required) {
                    if (!header.contains(c)) {
                        problems.add(Problem.of(Messages.zh("where.row-column", 1, c), "parks.file.missing-column", c));
                    }
                }
                records = problems.isEmpty() ? parser.getRecords() : List.of();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new InvalidInputException(
                        source, List.of(Problem.of(Messages.zh("where.row", "?"), "parks.file.malformed")));
            }
            if (problems.isEmpty() && records.isEmpty()) {
                problems.add(Problem.of(Messages.zh("where.row", 2), "parks.file.empty"));
            }
        }

        <T> List<T> done(List<T> read) {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(source, problems);
            }
            return read;
        }

        void problem(CSVRecord rec, String column, String key, Object... args) {
            problems.add(Problem.of(Messages.zh("where.row-column", rec.getRecordNumber() + 1, column), key, args));
        }

        String optional(CSVRecord rec, String column) {
            String v = rec.isMapped(column) && rec.isSet(column) ? rec.get(column) : null;
            return v == null || v.isBlank() ? null : v;
        }

        String text(CSVRecord rec, String column) {
            String v = optional(rec, column);
            if (v == null) {
                problem(rec, column, "parks.file.blank");
            }
            return v;
        }

        <T> T choice(
                CSVRecord rec,
                String column,
                java.util.function.Function<String, java.util.Optional<T>> parse,
                String key) {
            String v = text(rec, column);
            if (v == null) {
                return null;
            }
            java.util.Optional<T> value = parse.apply(v);
            if (value.isEmpty()) {
                problem(rec, column, key, v);
            }
            return value.orElse(null);
        }

        Double number(CSVRecord rec, String column, double min, double max) {
            String v = optional(rec, column);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d) || d < min || d > max) {
                    problem(rec, column, "parks.file.range", v, min, max);
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                problem(rec, column, "parks.file.number", v);
                return null;
            }
        }
    }
}
