package org.stocktake.households;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.households.rules.Category;
import org.stocktake.households.rules.Household;
import org.stocktake.households.rules.MeasureType;
import org.stocktake.households.rules.RiskType;

/**
 * The compact household CSV of the batch check and the benchmark: one line a household, lists
 * separated by {@code ;} and fields within a list item by {@code :}. Not an exchange format (the
 * extract is); a working file for runs over millions of households.
 */
public final class HouseholdCsv {

    public static final String HEADER =
            "code,county,category,identified_on,cleared_on,safety_net,housing_safe,water_safe,risks,measures,members,incomes";

    private HouseholdCsv() {}

    static String line(HouseholdData d) {
        Household h = d.rules();
        StringBuilder b = new StringBuilder(256);
        b.append(h.code())
                .append(',')
                .append(d.county())
                .append(',')
                .append(h.category().code())
                .append(',');
        b.append(text(h.identifiedOn())).append(',').append(text(h.clearedOn())).append(',');
        b.append(h.safetyNet() ? 1 : 0)
                .append(',')
                .append(h.housingSafe() ? 1 : 0)
                .append(',');
        b.append(h.waterSafe() ? 1 : 0).append(',');
        join(
                b,
                h.risks(),
                (x, r) -> x.append(r.type().code())
                        .append(':')
                        .append(r.subItem() == null ? "" : r.subItem())
                        .append(':')
                        .append(text(r.since()))
                        .append(':')
                        .append(text(r.resolvedOn())));
        b.append(',');
        join(
                b,
                h.measures(),
                (x, m) -> x.append(m.type().code())
                        .append(':')
                        .append(text(m.start()))
                        .append(':')
                        .append(text(m.end())));
        b.append(',');
        join(
                b,
                h.members(),
                (x, m) -> x.append(m.idNumber())
                        .append(':')
                        .append(m.skill().code())
                        .append(':')
                        .append(m.schooling().code())
                        .append(':')
                        .append(m.medicalInsured() ? 1 : 0)
                        .append(':')
                        .append(m.illnessInsured() ? 1 : 0));
        b.append(',');
        join(
                b,
                h.incomes(),
                (x, i) -> x.append(i.kind().code())
                        .append(':')
                        .append(i.month())
                        .append(':')
                        .append(i.fen()));
        return b.toString();
    }

    private static <T> void join(StringBuilder b, List<T> items, java.util.function.BiConsumer<StringBuilder, T> each) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            each.accept(b, items.get(i));
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The county of a line (its second field). */
    public static String county(String line) {
        int a = line.indexOf(',');
        return line.substring(a + 1, line.indexOf(',', a + 1));
    }

    /** The packed ID numbers of a line's members, without parsing the rest. */
    public static long[] members(String line) {
        String[] f = line.split(",", -1);
        if (f[10].isEmpty()) {
            return new long[0];
        }
        String[] items = f[10].split(";");
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = org.stocktake.households.rules.Screening.pack(items[i].substring(0, 18));
        }
        return out;
    }

    /** Parses a line into the rules' household. */
    public static Household parse(String line) {
        String[] f = line.split(",", -1);
        List<Household.Risk> risks = new ArrayList<>();
        for (String[] p : items(f[8])) {
            risks.add(new Household.Risk(RiskType.of(p[0]), p[1].isEmpty() ? null : p[1], date(p[2]), date(p[3])));
        }
        List<Household.Measure> measures = new ArrayList<>();
        for (String[] p : items(f[9])) {
            measures.add(new Household.Measure(MeasureType.of(p[0]), date(p[1]), date(p[2])));
        }
        List<Household.Member> members = new ArrayList<>();
        for (String[] p : items(f[10])) {
            members.add(new Household.Member(
                    p[0],
                    Household.LabourSkill.of(p[1]),
                    Household.Schooling.of(p[2]),
                    "1".equals(p[3]),
                    "1".equals(p[4])));
        }
        List<Household.Income> incomes = new ArrayList<>();
        for (String[] p : items(f[11])) {
            incomes.add(new Household.Income(Household.IncomeKind.of(p[0]), month(p[1]), Long.parseLong(p[2])));
        }
        return new Household(
                f[0],
                f[1].substring(0, 2),
                Category.of(f[2]),
                date(f[3]),
                date(f[4]),
                "1".equals(f[5]),
                "1".equals(f[6]),
                "1".equals(f[7]),
                members,
                incomes,
                risks,
                measures,
                List.of());
    }

    private static List<String[]> items(String field) {
        List<String[]> out = new ArrayList<>();
        if (!field.isEmpty()) {
            for (String item : field.split(";")) {
                out.add(item.split(":", -1));
            }
        }
        return out;
    }

    /** {@code yyyy-MM-dd} read by position (the file is written by {@link #line}). */
    private static LocalDate date(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.length() != 10) {
            return LocalDate.parse(s);
        }
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }

    private static YearMonth month(String s) {
        return s.length() == 7 ? YearMonth.of(digits(s, 0, 4), digits(s, 5, 7)) : YearMonth.parse(s);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date: " + s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
