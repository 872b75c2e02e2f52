package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Indicator-level Open SDG results: the mean of the series scores, against Statistics Canada's
 * published indicator results for every indicator with computed series and without nested groups.
 */
class OpenSdgIndicatorTest {

    private static final Path REFDATA = Path.of("src", "test", "resources", "refdata", "progress");

    private static List<CSVRecord> read(String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(REFDATA.resolve(name), StandardCharsets.UTF_8, format)) {
            return parser.getRecords();
        }
    }

    @Test
    void meanOfSeriesScoresMatchesThePublishedIndicatorResults() throws IOException {
        Map<String, List<OpenSdgProgress.Result>> byIndicator = new LinkedHashMap<>();
        for (CSVRecord c : read("canada_series_components.csv")) {
            Double score = c.get("expected_score").isEmpty() ? null : Double.valueOf(c.get("expected_score"));
            var status = OpenSdgProgress.Status.valueOf(c.get("expected_status").toUpperCase(Locale.ROOT));
            byIndicator
                    .computeIfAbsent(c.get("indicator_id"), k -> new ArrayList<>())
                    .add(new OpenSdgProgress.Result(null, null, null, null, null, score, status));
        }
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord r : read("canada_indicator_results.csv")) {
            if (!r.get("config_uses_group").equals("no") || r.get("n_series").equals("0")) {
                continue; // nested groups are not handled; without series the status is set by hand in the metadata
            }
            checked++;
            var result = OpenSdgProgress.indicator(byIndicator.getOrDefault(r.get("indicator_id"), List.of()));
            String expectedScore = r.get("expected_indicator_score");
            boolean ok = expectedScore.isEmpty()
                    ? result.score() == null
                    : result.score() != null
                            && Math.abs(result.score() - Double.parseDouble(expectedScore))
                                    <= 1e-9 * Math.max(1, Math.abs(result.score()));
            String expectedStatus = r.get("expected_indicator_status");
            ok &= expectedStatus.isEmpty()
                    ? result.status() == OpenSdgProgress.Status.NOT_AVAILABLE
                    : result.status().code().equals(expectedStatus);
            if (!ok) {
                mismatches.add(r.get("indicator_id") + ": " + result + " ≠ " + expectedScore + " " + expectedStatus);
            }
        }
        assertThat(checked).isEqualTo(132);
        assertThat(mismatches).isEmpty();
    }
}
