package org.stocktake.households;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.stocktake.households.rules.Category;
import org.stocktake.households.rules.FeedKind;
import org.stocktake.households.rules.Household;
import org.stocktake.households.rules.IdNumber;
import org.stocktake.households.rules.MeasureType;
import org.stocktake.households.rules.RiskType;

/**
 * Sample data (模拟数据), never real persons: households with realistic shares of each category and
 * risk, members whose ID numbers carry the unassigned area prefix 4399 (no such county exists, so
 * no number can be a real person's), and department feeds that hit some members and some residents
 * outside monitoring. Fixed seed: the same call writes the same files.
 */
public final class SampleGenerator {

    static final int DAYS = 25_550;
    static final RiskType[] RISKS = {
        RiskType.ILLNESS,
        RiskType.ILLNESS,
        RiskType.ILLNESS,
        RiskType.DISABILITY,
        RiskType.DISABILITY,
        RiskType.UNSTABLE_WORK,
        RiskType.UNSTABLE_WORK,
        RiskType.LABOUR_SHORTAGE,
        RiskType.SCHOOLING,
        RiskType.DISASTER,
        RiskType.ACCIDENT,
        RiskType.INDUSTRY,
        RiskType.HOUSING_SAFETY,
        RiskType.WATER_SAFETY
    };

    static final Household.LabourSkill[] SKILLS = {
        Household.LabourSkill.SKILLED,
        Household.LabourSkill.ORDINARY,
        Household.LabourSkill.LOST,
        Household.LabourSkill.NONE
    };

    private SampleGenerator() {}

    /** What a generation wrote. */
    public record Written(long households, long members, int feeds, long feedRows) {}

    /** A county's sample: about 50,000 households as an extract and as the compact CSV, and four feeds. */
    public static Written county(Path dir, String county, int households, LocalDate today) throws IOException {
        Files.createDirectories(dir);
        mark(dir);
        List<HouseholdData> all = households(List.of(county), households, 1, today);
        Files.write(dir.resolve("extract.xlsx"), ExtractWorkbook.write(all));
        long members = householdsCsv(dir.resolve("households.csv"), List.of(county), households, 1, today);
        List<FeedKind> kinds =
                List.of(FeedKind.MEDICAL_SELF_PAY, FeedKind.DISABILITY, FeedKind.DISASTER_LOSS, FeedKind.UNEMPLOYMENT);
        int rows = Math.max(100, households / 5);
        feeds(dir.resolve("feeds"), kinds, rows, members, List.of(county), 2);
        return new Written(households, members, kinds.size(), (long) rows * kinds.size());
    }

    /** The province's sample: households spread over the given counties as the compact CSV, and four feeds. */
    public static Written province(Path dir, List<String> counties, long households, int feedRows, LocalDate today)
            throws IOException {
        Files.createDirectories(dir);
        mark(dir);
        int per = (int) Math.max(1, households / counties.size());
        long members = householdsCsv(dir.resolve("households.csv"), counties, per, 1, today);
        List<FeedKind> kinds =
                List.of(FeedKind.MEDICAL_SELF_PAY, FeedKind.DISABILITY, FeedKind.DISASTER_LOSS, FeedKind.UNEMPLOYMENT);
        feeds(dir.resolve("feeds"), kinds, feedRows, members, counties, 2);
        return new Written((long) per * counties.size(), members, kinds.size(), (long) feedRows * kinds.size());
    }

    /** The n-th sample ID number. */
    static String id(long n) {
        long area = 439901 + n / (DAYS * 1000L);
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n % DAYS);
        long seq = (n / DAYS) % 1000;
        String first = String.format(
                "%06d%04d%02d%02d%03d", area, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
        return first + IdNumber.checkCharacter(first);
    }

    /** Households of the given counties, in order; member numbers count from 0. */
    static List<HouseholdData> households(List<String> counties, int perCounty, long seed, LocalDate today) {
        List<HouseholdData> out = new ArrayList<>();
        long[] member = {0};
        forEach(counties, perCounty, seed, today, member, out::add);
        return out;
    }

    static void forEach(
            List<String> counties,
            int perCounty,
            long seed,
            LocalDate today,
            long[] member,
            java.util.function.Consumer<HouseholdData> out) {
        SplittableRandom r = new SplittableRandom(seed);
        for (String county : counties) {
            for (int i = 0; i < perCounty; i++) {
                out.accept(one(county, i, r, today, member));
            }
        }
    }

    private static HouseholdData one(String county, int i, SplittableRandom r, LocalDate today, long[] member) {
        String village = county + String.format("%03d%03d", 1 + i / 5000, 1 + (i / 250) % 20);
        int roll = r.nextInt(100);
        Category category = roll < 45 ? Category.UNSTABLE : roll < 80 ? Category.EDGE : Category.SUDDEN;
        LocalDate identified = today.minusDays(30 + r.nextInt(1500));
        boolean safetyNet = r.nextInt(100) < 12;
        List<Household.Risk> risks = new ArrayList<>();
        List<Household.Measure> measures = new ArrayList<>();
        int nRisks = 1 + (r.nextInt(100) < 25 ? 1 : 0);
        for (int k = 0; k < nRisks; k++) {
            RiskType t = RISKS[r.nextInt(RISKS.length)];
            risks.add(new Household.Risk(t, t == RiskType.DISASTER ? "flood" : null, identified, null));
            if (r.nextInt(100) < 97) {
                measures.add(new Household.Measure(answer(t), identified.plusDays(10), null));
            }
        }
        if (safetyNet) {
            measures.add(new Household.Measure(MeasureType.SAFETY_NET, identified.plusDays(5), null));
        }
        boolean cleared =
                !safetyNet && r.nextInt(100) < 55 && identified.plusMonths(7).isBefore(today);
        LocalDate clearedOn = cleared ? identified.plusMonths(7) : null;
        if (cleared) {
            risks.replaceAll(k -> new Household.Risk(k.type(), k.subItem(), k.since(), clearedOn));
        }
        int size = 1 + r.nextInt(5);
        List<Household.Member> members = new ArrayList<>();
        List<HouseholdData.Contact> contacts = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            Household.LabourSkill skill = safetyNet
                    ? Household.LabourSkill.NONE
                    : m == 0 ? Household.LabourSkill.ORDINARY : SKILLS[r.nextInt(SKILLS.length)];
            Household.Schooling school =
                    m > 1 && r.nextInt(3) == 0 ? Household.Schooling.COMPULSORY : Household.Schooling.NONE;
            members.add(new Household.Member(id(member[0]++), skill, school, r.nextInt(100) < 98, r.nextInt(100) < 90));
            contacts.add(new HouseholdData.Contact(
                    m == 0 ? "head" : "member", m == 0 ? String.format("199%08d", r.nextInt(100_000_000)) : ""));
        }
        List<Household.Income> incomes = new ArrayList<>();
        long monthly = (cleared ? 90_000L : 45_000L) * size + r.nextInt(60_000);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (int q = 0; q < 6; q++) {
            incomes.add(new Household.Income(Household.IncomeKind.WAGE, last.minusMonths(3L * q), monthly * 3));
        }
        Household h = new Household(
                String.format("%s-%05d", village, i),
                county.substring(0, 2),
                category,
                identified,
                clearedOn,
                safetyNet,
                r.nextInt(100) < 97,
                r.nextInt(100) < 98,
                members,
                incomes,
                risks,
                measures,
                List.of());
        return new HouseholdData(county, village, village.substring(6), cleared ? "assisted" : null, true, h, contacts);
    }

    /** Every directory of sample files says so, in both languages. */
    private static void mark(Path dir) throws IOException {
        org.stocktake.shared.LocalizedText t = org.stocktake.shared.LocalizedText.of("households.sample.file");
        Files.writeString(
                dir.resolve("SAMPLE-DATA.txt"),
                t.zh() + System.lineSeparator() + t.en() + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }

    private static MeasureType answer(RiskType t) {
        for (MeasureType m : MeasureType.values()) {
            if (t.answeredBy(m)) {
                return m;
            }
        }
        return MeasureType.SOCIAL;
    }

    /** The header of a feed file (one per department feed). */
    static final String FEED_HEADER = "kind,id_number,county,amount_yuan";

    /**
     * Writes {@code rowsPerFeed} rows for each of {@code kinds}: a third are members of the sample
     * households (numbers below {@code members}), the rest residents outside monitoring.
     */
    static void feeds(Path dir, List<FeedKind> kinds, int rowsPerFeed, long members, List<String> counties, long seed)
            throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(seed);
        for (FeedKind kind : kinds) {
            try (BufferedWriter w =
                    Files.newBufferedWriter(dir.resolve(kind.code() + ".csv"), StandardCharsets.UTF_8)) {
                w.write(FEED_HEADER);
                w.newLine();
                for (int i = 0; i < rowsPerFeed; i++) {
                    long person = r.nextInt(3) == 0 ? r.nextLong(members) : members + r.nextLong(members * 3 + 1);
                    long yuan = kind.thresholdFen() == 0 ? 0 : r.nextLong(kind.thresholdFen() / 50);
                    w.write(kind.code() + "," + id(person) + "," + counties.get(r.nextInt(counties.size())) + ","
                            + yuan);
                    w.newLine();
                }
            }
        }
    }

    /** Writes households as the compact CSV the batch check and the benchmark read (one line a household). */
    static long householdsCsv(Path file, List<String> counties, int perCounty, long seed, LocalDate today)
            throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                BufferedWriter w =
                        new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(HouseholdCsv.HEADER);
            w.newLine();
            long[] member = {0};
            IOException[] failed = {null};
            forEach(counties, perCounty, seed, today, member, d -> {
                try {
                    w.write(HouseholdCsv.line(d));
                    w.newLine();
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            return member[0];
        }
    }
}
