package org.stocktake.enclaves;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * Reads an agreements file (CSV, UTF-8, a header row): one row per split rule, the agreement's own
 * columns repeated on each of its rows; rows with the same {@code name} form one agreement.
 */
final class EnclaveFiles {

    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("name", "name");
        COLUMNS.put("sender", "sender");
        COLUMNS.put("host", "host");
        COLUMNS.put("park", "park");
        COLUMNS.put("document", "document");
        COLUMNS.put("validFrom", "valid_from");
        COLUMNS.put("validTo", "valid_to");
        COLUMNS.put("indicator", "indicator");
        COLUMNS.put("method", "method");
        COLUMNS.put("senderShare", "sender_share");
        COLUMNS.put("baseYear", "base_year");
        COLUMNS.put("baseValue", "base_value");
    }

    /** A draft and the file rows it came from (its first row holds the agreement's own columns). */
    record Read(AgreementDraft draft, List<Long> rows) {}

    private EnclaveFiles() {}

    static List<Read> read(String source, String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Problem> problems = new ArrayList<>();
        Map<String, List<CSVRecord>> byName = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            for (String column : COLUMNS.values()) {
                if (!parser.getHeaderNames().contains(column)) {
                    problems.add(Problem.of(
                            Messages.zh("where.row-column", 1, column), "enclaves.file.missing-column", column));
                }
            }
            if (problems.isEmpty()) {
                for (CSVRecord r : parser.getRecords()) {
                    byName.computeIfAbsent(r.get("name"), k -> new ArrayList<>())
                            .add(r);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(Messages.zh("where.row", "?"), "enclaves.file.malformed"));
        }
        if (problems.isEmpty() && byName.isEmpty()) {
            problems.add(Problem.of(Messages.zh("where.row", 2), "enclaves.file.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        List<Read> reads = new ArrayList<>();
        byName.forEach((name, rows) -> {
            CSVRecord first = rows.get(0);
            List<AgreementDraft.RuleDraft> rules = rows.stream()
                    .map(r -> new AgreementDraft.RuleDraft(
                            r.get("indicator"),
                            r.get("method"),
                            r.get("sender_share"),
                            r.get("base_year"),
                            r.get("base_value")))
                    .toList();
            AgreementDraft draft = new AgreementDraft(
                    first.get("name"),
                    first.get("sender"),
                    first.get("host"),
                    first.get("park"),
                    first.get("document"),
                    first.get("valid_from"),
                    first.get("valid_to"),
                    rules);
            reads.add(new Read(
                    draft, rows.stream().map(r -> r.getRecordNumber() + 1).toList()));
        });
        return reads;
    }

    /** Where a field of a read agreement is in the file. */
    static AgreementChecks.Where where(Read read) {
        return (rule, field) -> Messages.zh("where.row-column", read.rows().get(Math.max(rule, 0)), COLUMNS.get(field));
    }
}
