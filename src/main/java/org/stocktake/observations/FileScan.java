package org.stocktake.observations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 1 of an import: streams the whole file, checks every row and finds duplicate keys with a
 * compact key set, so all problems are known before anything is written. A second, short pass
 * runs only when there are duplicates, to name the row each one repeats.
 */
final class FileScan {

    /** What pass 1 found in a valid file. */
    record Scan(long rows, Set<String> indicators, Set<String> regions, DataFormat format) {}

    private record Duplicate(RawRow row, String column, long key) {}

    private final ImportRequest request;
    private final Catalog catalog;
    private final ImportProblems problems;
    private final LongKeySet keys = new LongKeySet();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final java.util.BitSet indicators = new java.util.BitSet();
    private final java.util.BitSet regions = new java.util.BitSet();
    private RowChecker checker;
    private long rows;

    private final java.util.function.Predicate<String> writable;

    FileScan(ImportRequest request, Catalog catalog, java.util.function.Predicate<String> writable) {
        this.request = request;
        this.catalog = catalog;
        this.writable = writable;
        this.problems = new ImportProblems(request.name());
    }

    /** The scan of a valid file; throws {@link ImportRefusedException} with every problem otherwise. */
    Scan run() {
        DataFormat format = FileRows.read(
                request,
                problems,
                layout -> checker = new RowChecker(catalog, layout, problems, request.defaultSource(), writable),
                this::accept);
        if (!duplicates.isEmpty()) {
            reportDuplicates();
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(0, null, "data.file.no-rows");
        }
        if (!problems.isEmpty()) {
            throw problems.refusal();
        }
        return new Scan(rows, catalog.indicatorCodes(indicators), catalog.regionCodes(regions), format);
    }

    private void accept(RawRow raw) {
        rows++;
        CheckedRow row = checker.check(raw);
        if (row == null) {
            return;
        }
        if (!keys.add(row.key())) {
            if (duplicates.size() < ImportProblems.CAP) {
                duplicates.add(new Duplicate(raw, checker.column(RowLayout.Field.PERIOD), row.key()));
            } else {
                problems.add(raw.row(), null, "data.row.duplicate");
            }
            return;
        }
        indicators.set(row.indicatorNumber());
        regions.set(row.regionNumber());
    }

    private void reportDuplicates() {
        Map<Long, Long> firstRow = new HashMap<>();
        duplicates.forEach(d -> firstRow.put(d.key(), 0L));
        ImportProblems scratch = new ImportProblems(request.name());
        RowChecker[] again = new RowChecker[1];
        FileRows.read(
                request, scratch, layout -> again[0] = new RowChecker(catalog, layout, scratch, "", writable), raw -> {
                    CheckedRow row = again[0].check(raw);
                    if (row != null && firstRow.get(row.key()) != null && firstRow.get(row.key()) == 0L) {
                        firstRow.put(row.key(), raw.row());
                    }
                });
        for (Duplicate d : duplicates) {
            RawRow r = d.row();
            long first = firstRow.get(d.key());
            problems.add(r.row(), d.column(), "data.row.duplicates", first, r.indicator(), r.region(), r.period());
        }
    }
}
