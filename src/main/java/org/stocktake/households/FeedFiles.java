package org.stocktake.households;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.stocktake.households.rules.FeedKind;
import org.stocktake.households.rules.IdNumber;
import org.stocktake.households.rules.Screening;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** Department feeds as CSV files ({@code kind,id_number,county,amount_yuan}), checked whole before use. */
public final class FeedFiles {

    private FeedFiles() {}

    /** A checked feed row with its ID number in plain text. */
    public record Row(FeedKind kind, String idNumber, String county, long fen) {}

    /** The {@code .csv} files of a directory, in name order. */
    public static List<Path> in(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }

    /** Reads every row of the files, refusing all of them with every problem (file, row, column) if any is wrong. */
    public static void read(List<Path> files, Consumer<Row> out) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                readFile(name, r, problems, rows);
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(Problem.of(name, "households.feed.not-utf8"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    files.size() == 1 ? files.get(0).getFileName().toString() : "feeds", problems);
        }
        rows.forEach(out);
    }

    private static void readFile(String name, BufferedReader r, List<Problem> problems, List<Row> rows)
            throws IOException {
        String header = r.readLine();
        if (!SampleGenerator.FEED_HEADER.equals(
                header == null ? "" : header.replace("\uFEFF", "").trim())) {
            problems.add(Problem.of(name, "households.feed.header", SampleGenerator.FEED_HEADER));
            return;
        }
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            Row row = row(name, n, line, problems);
            if (row != null) {
                rows.add(row);
            }
            if (problems.size() > 1000) {
                break;
            }
        }
    }

    private static Row row(String file, int n, String line, List<Problem> problems) {
        String[] f = line.split(",", -1);
        String where = file + ":" + n;
        if (f.length != 4) {
            problems.add(Problem.of(where, "households.feed.fields", f.length));
            return null;
        }
        FeedKind kind = null;
        try {
            kind = FeedKind.of(f[0]);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(where + " A", "households.feed.kind", f[0]));
        }
        IdNumber.Defect defect = IdNumber.defect(f[1].trim().toUpperCase(java.util.Locale.ROOT));
        if (defect != null) {
            problems.add(Problem.of(where + " B", defect.key()));
        }
        long fen = 0;
        try {
            fen = f[3].isBlank()
                    ? 0
                    : new java.math.BigDecimal(f[3].trim()).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(Problem.of(where + " D", "households.import.amount", f[3]));
        }
        return kind == null || defect != null
                ? null
                : new Row(kind, f[1].trim().toUpperCase(java.util.Locale.ROOT), f[2].trim(), fen);
    }

    /** A row as the screening engine holds it. */
    public static Screening.FeedRow packed(Row r) {
        return new Screening.FeedRow(Screening.pack(r.idNumber()), r.county(), r.kind(), r.fen());
    }
}
