package org.stocktake.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.reading.Gazetteer;
import org.stocktake.plan.reading.PolicyReader;
import org.stocktake.plan.reading.Reading;
import org.stocktake.plan.reading.ReadingScore;

/**
 * {@code bench/reader}: the reader's scores on the development set (per document and together), the
 * Hunan seed draft's counts, and the time to read a document of at least 100,000 characters (the
 * development texts and the seed, repeated), median of 15 runs after 10 warm-up runs.
 */
public final class ReaderBenchmark {

    private static final int SPEED_CHARS = 100_000;

    private ReaderBenchmark() {}

    public static void main(String[] args) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| document | chars | section F1 | target F1 | value | unit | year | comparator | kind "
                + "| unit mention F1 | deadline F1 |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        ReadingScore.Score all = null;
        for (String doc : ReadingScore.DOCUMENTS) {
            ReadingScore.Score s = ReadingScore.score(doc);
            row(md, s);
            all = all == null ? s : all.plus(s);
        }
        row(md, all);
        md.append('\n').append(hunan()).append('\n').append(speed());
        System.out.print(md);
        Files.createDirectories(Path.of("bench/out"));
        Files.writeString(Path.of("bench/out/reader.md"), md.toString());
    }

    private static void row(StringBuilder md, ReadingScore.Score s) {
        md.append(String.format(
                Locale.ROOT, "| %s | %,d | %s | %s |", s.doc(), s.chars(), f1(s.sections()), f1(s.targets())));
        for (String field : ReadingScore.FIELDS) {
            md.append(String.format(Locale.ROOT, " %.2f |", s.accuracy(field)));
        }
        md.append(String.format(Locale.ROOT, " %s | %s |%n", f1(s.units()), f1(s.deadlines())));
    }

    private static String f1(ReadingScore.Count c) {
        return String.format(Locale.ROOT, "%.3f (%d/%d/%d)", c.f1(), c.tp(), c.fp(), c.fn());
    }

    private static String hunan() throws IOException {
        String yaml =
                Files.readString(Path.of("src/main/resources/plans/hunan-central-2021.yaml"), StandardCharsets.UTF_8);
        String seed = Files.readString(
                Path.of("src/test/resources/seed/hunan-central-region-opinions-2021.txt"), StandardCharsets.UTF_8);
        PlanDocument draft = PolicyReader.draft(
                seed, new PolicyReader.DraftOptions("hunan-draft", null, "430000", Gazetteer.fromPlanFile(yaml), 2025));
        long measured = draft.targets().stream().filter(t -> t.value() != null).count();
        long vision =
                draft.targets().stream().filter(t -> t.targetYear() == 2035).count();
        return String.format(
                Locale.ROOT,
                "Hunan seed draft: %d parts, %d articles, %d targets (%d with a value, %d for 2035), %d tasks%n",
                draft.parts().size(),
                draft.articles().size(),
                draft.targets().size(),
                measured,
                vision,
                draft.tasks().size());
    }

    private static String speed() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String doc : ReadingScore.DOCUMENTS) {
            texts.add(ReadingScore.text(doc));
        }
        texts.add(Files.readString(
                Path.of("src/test/resources/seed/hunan-central-region-opinions-2021.txt"), StandardCharsets.UTF_8));
        StringBuilder big = new StringBuilder();
        while (big.length() < SPEED_CHARS) {
            for (String t : texts) {
                big.append(t).append('\n');
            }
        }
        String text = big.toString();
        int items = 0;
        for (int i = 0; i < 10; i++) {
            items += size(PolicyReader.read(text));
        }
        long[] nanos = new long[15];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            items += size(PolicyReader.read(text));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[nanos.length / 2] / 1e6;
        int chars = text.codePointCount(0, text.length());
        return String.format(
                Locale.ROOT,
                "Speed: %,d characters read in %.1f ms (median of 15, max %.1f ms) = %.2f ms per 10,000 characters"
                        + " (%d items found over all runs)%n",
                chars,
                median,
                nanos[nanos.length - 1] / 1e6,
                median * 10_000 / chars,
                items);
    }

    private static int size(Reading r) {
        return r.sections().size()
                + r.targets().size()
                + r.responsibleUnits().size()
                + r.deadlines().size();
    }
}
