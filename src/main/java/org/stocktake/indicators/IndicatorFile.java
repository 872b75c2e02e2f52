package org.stocktake.indicators;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;

/**
 * An indicator file: {@code code,name_zh,name_en,unit,polarity,description} and, optionally,
 * {@code formula,aggregation,weight} (the derivation) and {@code break_period,break_note_zh,break_note_en}
 * (a series break from that period on). Reads every row and collects every problem; stores nothing.
 */
record IndicatorFile(
        List<Indicator> indicators,
        List<Derivation> derivations,
        List<SeriesBreak> breaks,
        Map<String, String> rows,
        List<Problem> problems) {

    static IndicatorFile read(Reader csv) throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        List<Derivation> derivations = new ArrayList<>();
        List<SeriesBreak> breaks = new ArrayList<>();
        Map<String, String> rows = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(csv);
        boolean derived = parser.getHeaderMap().containsKey("formula")
                || parser.getHeaderMap().containsKey("aggregation");
        for (CSVRecord r : parser) {
            String row = Messages.zh("where.row", r.getRecordNumber() + 1);
            String code = r.get("code");
            indicators.add(new Indicator(
                    code,
                    new LocalizedText(r.get("name_zh"), r.get("name_en")),
                    r.get("unit"),
                    r.get("polarity"),
                    r.get("description")));
            rows.put(code, row + " " + code);
            if (derived) {
                derivation(r, row, problems).ifPresent(derivations::add);
            }
            if (r.isMapped("break_period") && !r.get("break_period").isBlank()) {
                seriesBreak(r, row, problems).ifPresent(breaks::add);
            }
        }
        return new IndicatorFile(indicators, derivations, breaks, rows, problems);
    }

    private static Optional<Derivation> derivation(CSVRecord r, String row, List<Problem> problems) {
        String name = cell(r, "aggregation");
        String weight = cell(r, "weight");
        Optional<Aggregation> rule = Aggregation.of(name, weight);
        if (rule.isEmpty()) {
            problems.add(Problem.of(
                    row + " aggregation",
                    "indicators.aggregation.bad",
                    name,
                    weight.isBlank() ? "" : LocalizedText.of("indicators.aggregation.weight", weight)));
            return Optional.empty();
        }
        return Optional.of(new Derivation(r.get("code"), cell(r, "formula"), rule.get()));
    }

    private static Optional<SeriesBreak> seriesBreak(CSVRecord r, String row, List<Problem> problems) {
        String text = cell(r, "break_period");
        Optional<Period> period = Period.parse(text);
        String zh = cell(r, "break_note_zh");
        if (period.isEmpty()) {
            problems.add(Problem.of(row + " break_period", "indicators.break.period", text));
        }
        if (zh.isBlank()) {
            problems.add(Problem.of(row + " break_note_zh", "indicators.break.note"));
        }
        if (period.isEmpty() || zh.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new SeriesBreak(r.get("code"), period.get(), new LocalizedText(zh, cell(r, "break_note_en"))));
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
    }
}
