package org.stocktake.observations;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.accounts.Actor;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.Messages;

/**
 * Imports observation files (CSV, XLSX, SDMX-CSV) in two streaming passes: pass 1 checks the
 * whole file and refuses it with every problem; pass 2 copies it into PostgreSQL and appends,
 * in one transaction, a revision for each value that changed. Re-importing a file appends nothing.
 */
@Service
public class ImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    private final ImportRepository repository;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ImportService(
            ImportRepository repository,
            RegionService regions,
            IndicatorService indicators,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.indicators = indicators;
        this.transaction = transaction;
        this.events = events;
    }

    /** What pass 2 wrote. */
    private record Written(
            long appended, List<String> regions, List<String> indicators, List<Outlier> outliers, long outlierCount) {}

    /** What a checked file holds: its rows and the indicators and regions it touches. */
    public record Preview(String file, long rows, List<String> indicators, List<String> regions) {}

    /**
     * Checks a file as an import would, writing nothing: throws {@link ImportRefusedException}
     * with every problem, or says what the import would read.
     */
    public Preview check(Actor actor, ImportRequest request) {
        authorise(actor, request.status());
        Catalog catalog = new Catalog(indicators.all(), regions.all(), repository::holdsUnit);
        FileScan.Scan scan = new FileScan(request, catalog, writable(actor)).run();
        return new Preview(
                request.name(),
                scan.rows(),
                scan.indicators().stream().sorted().toList(),
                scan.regions().stream().sorted().toList());
    }

    /**
     * Imports a file all or nothing; throws {@link ImportRefusedException} listing every problem
     * (nothing written). Announces the regions and indicators that changed ({@link ObservationsChanged})
     * inside the transaction that wrote them, so the announcement commits with the values or not at all.
     */
    public ImportResult importFile(Actor actor, ImportRequest request) {
        authorise(actor, request.status());
        long start = System.nanoTime();
        Catalog catalog = new Catalog(indicators.all(), regions.all(), repository::holdsUnit);
        Predicate<String> writable = writable(actor);
        FileScan.Scan scan = new FileScan(request, catalog, writable).run();
        long checked = System.nanoTime();
        Written written = transaction.execute(status -> {
            Written w = write(new Writer(request, actor.username(), writable), catalog, scan);
            if (w.appended() == 0) {
                status.setRollbackOnly();
            } else {
                events.publishEvent(new ObservationsChanged(w.regions(), w.indicators(), request.status()));
            }
            return w;
        });
        Duration checking = Duration.ofNanos(checked - start);
        Duration writing = Duration.ofNanos(System.nanoTime() - checked);
        log.info(
                "导入 / import {}: {} 行 rows checked in {} ms, {} revisions appended in {} ms",
                request.name(),
                scan.rows(),
                checking.toMillis(),
                written.appended(),
                writing.toMillis());
        return new ImportResult(
                request.name(),
                scan.rows(),
                written.appended(),
                scan.rows() - written.appended(),
                written.outliers(),
                written.outlierCount(),
                checking,
                writing);
    }

    /**
     * Who may import with which status, checked before the file is read: draft or submitted
     * values need a writer of some region (each row's region is then checked as it is read, in
     * the pass that checks and again in the pass that writes); approved values need a coordinator.
     */
    /** Refuses, before any file is read, a caller who may not import values with this status. */
    public void requireImporter(Actor actor, Status status) {
        authorise(actor, status);
    }

    private static void authorise(Actor actor, Status status) {
        DataAccess.requireWriter(actor);
        if (status == Status.APPROVED) {
            DataAccess.requireLoadApproved(actor);
        }
        if (status == Status.RETURNED) {
            throw new IllegalArgumentException(Messages.both("data.import.status"));
        }
    }

    private static Predicate<String> writable(Actor actor) {
        return region -> DataAccess.mayWrite(actor, region);
    }

    /** The write pass: the file, who writes it, and the regions they may write. */
    private record Writer(ImportRequest request, String user, Predicate<String> writable) {}

    private Written write(Writer w, Catalog catalog, FileScan.Scan scan) {
        repository.lock();
        long importId = repository.startImport(w.request(), w.user(), scan.format());
        Written written = repository.noneStored(scan.indicators())
                ? copyDirect(w, catalog, scan, importId)
                : merge(w, catalog, importId);
        repository.finishImport(importId, scan.rows(), written.appended(), written.outlierCount());
        return written;
    }

    /** The first values of these indicators: no history to compare with, so straight into the table. */
    private Written copyDirect(Writer w, Catalog catalog, FileScan.Scan scan, long importId) {
        String id = Long.toString(importId);
        ImportRequest r = w.request();
        long appended = copy(
                ImportRepository.COPY_REVISIONS,
                w,
                catalog,
                (stream, row) -> stream.row(
                        row.indicator(),
                        row.region(),
                        row.period(),
                        "1",
                        row.value().toPlainString(),
                        row.unit(),
                        row.source(),
                        row.flags(),
                        r.status().code(),
                        r.reason(),
                        w.user(),
                        id));
        return new Written(appended, List.copyOf(scan.regions()), List.copyOf(scan.indicators()), List.of(), 0);
    }

    private Written merge(Writer w, Catalog catalog, long importId) {
        repository.createStaging();
        copy(
                ImportRepository.COPY_STAGING,
                w,
                catalog,
                (stream, row) -> stream.row(
                        Long.toString(row.row()),
                        row.indicator(),
                        row.region(),
                        row.period(),
                        row.value().toPlainString(),
                        row.unit(),
                        row.source(),
                        row.flags()));
        if (repository.keepChanged() == 0) {
            return new Written(0, List.of(), List.of(), List.of(), 0);
        }
        List<Outlier> outliers = new ArrayList<>();
        long count = scoreOutliers(outliers);
        long appended = repository.appendChanged(w.request(), w.user(), importId);
        List<List<String>> touched = repository.touched();
        return new Written(appended, touched.get(0), touched.get(1), outliers, count);
    }

    /** Scores each changed value against its series; keeps the scores of the outliers. */
    private long scoreOutliers(List<Outlier> kept) {
        Scores scores = new Scores();
        repository.histories(rs -> {
            double value = rs.getDouble("value");
            double[] history = doubles(rs.getArray("history"));
            OptionalDouble z = RobustZScore.score(value, history);
            if (z.isPresent() && RobustZScore.isOutlier(z.getAsDouble())) {
                scores.add(rs.getLong("row_no"), z.getAsDouble());
                if (kept.size() < ImportProblems.CAP) {
                    kept.add(new Outlier(
                            rs.getLong("row_no"),
                            new ObservationKey(
                                    rs.getString("indicator_code"),
                                    rs.getString("region_code"),
                                    rs.getString("period")),
                            rs.getBigDecimal("value"),
                            RobustZScore.median(history),
                            z.getAsDouble()));
                }
            }
        });
        repository.setScores(scores.rows(), scores.zs());
        kept.sort(java.util.Comparator.comparingLong(Outlier::row));
        return scores.size;
    }

    /** The scores of the flagged rows, in two growing primitive arrays. */
    private static final class Scores {
        private long[] rows = new long[1024];
        private double[] zs = new double[1024];
        private int size;

        void add(long row, double z) {
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, size * 2);
                zs = java.util.Arrays.copyOf(zs, size * 2);
            }
            rows[size] = row;
            zs[size++] = z;
        }

        long[] rows() {
            return java.util.Arrays.copyOf(rows, size);
        }

        double[] zs() {
            return java.util.Arrays.copyOf(zs, size);
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(CopyStream stream, CheckedRow row) throws SQLException;
    }

    /** Pass 2: streams the file again into a COPY. */
    private long copy(String sql, Writer w, Catalog catalog, RowWriter writer) {
        ImportRequest r = w.request();
        try {
            return repository.copy(sql, stream -> {
                ImportProblems problems = new ImportProblems(r.name());
                RowChecker[] checker = new RowChecker[1];
                Consumer<RawRow> sink = raw -> {
                    CheckedRow row = checker[0].check(raw);
                    if (row == null) {
                        throw problems.refusal();
                    }
                    try {
                        writer.write(stream, row);
                    } catch (SQLException e) {
                        throw new WriteFailed(e);
                    }
                };
                FileRows.read(
                        r,
                        problems,
                        layout ->
                                checker[0] = new RowChecker(catalog, layout, problems, r.defaultSource(), w.writable()),
                        sink);
                if (!problems.isEmpty()) {
                    throw problems.refusal();
                }
            });
        } catch (WriteFailed e) {
            throw new IllegalStateException(Messages.both("data.write-failed"), e.getCause());
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.both("data.write-failed"), e);
        }
    }

    /** A COPY write that failed inside a row callback. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(SQLException cause) {
            super(cause);
        }
    }

    private static double[] doubles(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = ((BigDecimal) values[i]).doubleValue();
        }
        return result;
    }
}
