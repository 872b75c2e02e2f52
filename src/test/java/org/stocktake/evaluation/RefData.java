package org.stocktake.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference data kept in the repository ({@code src/test/resources/refdata}, sources in its README). */
final class RefData {

    static final Path ROOT = Path.of("src", "test", "resources", "refdata");
    static final Path ASEM = ROOT.resolve("composite").resolve("coinr_asem");

    private RefData() {}

    /** The rows of a CSV file, each as column → text. */
    static List<Map<String, String>> rows(Path file) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double number(String text) {
        return text == null || text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }

    /** COINr's ASEM framework from {@code asem_iMeta.csv}: 49 indicators, 8 pillars, 2 sub-indices, Index. */
    static Framework asemFramework() {
        List<Node> nodes = new ArrayList<>();
        for (Map<String, String> row : rows(ASEM.resolve("asem_iMeta.csv"))) {
            if (!row.get("Level").isEmpty()) {
                nodes.add(new Node(
                        row.get("iCode"),
                        row.get("Parent"),
                        Integer.parseInt(row.get("Level")),
                        Integer.parseInt(row.get("Direction")),
                        Double.parseDouble(row.get("Weight"))));
            }
        }
        return Framework.of(nodes);
    }

    /** COINr's ASEM raw data at full precision ({@code asem_iData_full_precision.csv}), units by uCode. */
    static Dataset asemData(Framework framework) {
        return dataset(
                rows(ASEM.resolve("asem_iData_full_precision.csv")),
                "uCode",
                framework.indicators().stream().map(Node::code).toList());
    }

    static Dataset dataset(List<Map<String, String>> rows, String unitColumn, List<String> codes) {
        List<String> units = rows.stream().map(r -> r.get(unitColumn)).toList();
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String code : codes) {
            columns.put(
                    code, rows.stream().mapToDouble(r -> number(r.get(code))).toArray());
        }
        return new Dataset(units, columns);
    }
}
