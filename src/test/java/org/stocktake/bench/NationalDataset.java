package org.stocktake.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic national data set for benchmarks — not statistics: 31 provinces, 333 prefectures
 * and 2,844 counties with made-up six-digit codes, {@code indicators} made-up indicators, and a
 * value for every region, indicator and year 2015–2025, from a fixed seed.
 */
final class NationalDataset {

    static final int PROVINCES = 31;
    static final int PREFECTURES = 333;
    static final int COUNTIES = 2844;
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;
    static final String SOURCE = "synthetic benchmark data - not statistics";

    record Division(String code, String level, String parent) {}

    private NationalDataset() {}

    /** Every division, sorted by code as a division list is (a parent before its children). */
    static List<Division> divisions() {
        List<Division> all = new ArrayList<>();
        all.add(new Division("100000", "country", ""));
        String[] provinces = new String[PROVINCES];
        for (int p = 0; p < PROVINCES; p++) {
            provinces[p] = Integer.toString((11 + p) * 10000);
            all.add(new Division(provinces[p], "province", "100000"));
        }
        String[] prefectures = new String[PREFECTURES];
        int[] perProvince = new int[PROVINCES];
        for (int j = 0; j < PREFECTURES; j++) {
            int p = j % PROVINCES;
            prefectures[j] = Integer.toString(Integer.parseInt(provinces[p]) + ++perProvince[p] * 100);
            all.add(new Division(prefectures[j], "prefecture", provinces[p]));
        }
        int[] perPrefecture = new int[PREFECTURES];
        for (int i = 0; i < COUNTIES; i++) {
            int j = i % PREFECTURES;
            all.add(new Division(
                    Integer.toString(Integer.parseInt(prefectures[j]) + ++perPrefecture[j]), "county", prefectures[j]));
        }
        all.sort(java.util.Comparator.comparing(Division::code));
        return all;
    }

    static String indicator(int i) {
        return String.format("bench_%03d", i + 1);
    }

    static void writeDivisions(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("code,name_zh,name_en,level,parent_code\n");
            for (Division d : divisions()) {
                w.write(d.code() + ",合成区划" + d.code() + ",Synthetic region " + d.code() + "," + d.level() + ","
                        + d.parent() + "\n");
            }
        }
    }

    /**
     * Writes the observations file; returns its row count. Rows come by indicator, region code and
     * year, the order of a statistical release.
     */
    static long writeObservations(Path file, int indicators, List<Division> regions) throws IOException {
        SplittableRandom random = new SplittableRandom(20210713L);
        long rows = 0;
        try (BufferedWriter w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("indicator,region,period,value,unit,source,flags\n");
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < indicators; i++) {
                String code = indicator(i);
                for (Division d : regions) {
                    double level = 10 + random.nextDouble() * 990;
                    double growth = 1 + random.nextDouble() * 0.08;
                    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                        level *= growth * (1 + (random.nextDouble() - 0.5) * 0.02);
                        line.setLength(0);
                        line.append(code)
                                .append(',')
                                .append(d.code())
                                .append(',')
                                .append(y)
                                .append(',')
                                .append(Math.round(level * 100) / 100.0)
                                .append(",单位,")
                                .append(SOURCE)
                                .append(',')
                                .append(y == LAST_YEAR ? "preliminary" : "")
                                .append('\n');
                        w.append(line);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** One region's values for every indicator and year, each 5 % higher than before: a revision. */
    static long writeRegionRevision(Path file, int indicators, String region) throws IOException {
        SplittableRandom random = new SplittableRandom(7L);
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("indicator,region,period,value,unit,source,flags\n");
            for (int i = 0; i < indicators; i++) {
                for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                    w.write(indicator(i) + "," + region + "," + y + ","
                            + Math.round(random.nextDouble() * 100000) / 100.0 + ",单位," + SOURCE + " (revised),"
                            + "revised\n");
                    rows++;
                }
            }
        }
        return rows;
    }
}
