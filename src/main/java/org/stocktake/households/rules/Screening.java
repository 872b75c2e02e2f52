package org.stocktake.households.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 部门筛查预警 as plain Java: department rows are indexed by person (an ID number packed into a
 * long), then every member of every household is looked up once; a row whose amount reaches its
 * feed's threshold becomes a clue, for the household the person belongs to or, for a resident not
 * under monitoring, for the county the department named. Feeds are read once and held; households
 * stream past.
 */
public final class Screening {

    /** A department row: person, county, feed, amount in fen. */
    public record FeedRow(long person, String county, FeedKind kind, long fen) {}

    /** A clue: the person, the household (null for a resident not under monitoring), county and the feed row. */
    public record Clue(long person, String household, String county, FeedKind kind, long fen) {}

    private final Map<Long, FeedRow[]> rows = new HashMap<>();
    private final Map<FeedKind, Long> thresholds;

    public Screening(Map<FeedKind, Long> thresholds) {
        this.thresholds = Map.copyOf(thresholds);
    }

    /** With each feed's default threshold. */
    public Screening() {
        this(defaults());
    }

    private static Map<FeedKind, Long> defaults() {
        Map<FeedKind, Long> out = new HashMap<>();
        for (FeedKind k : FeedKind.values()) {
            out.put(k, k.thresholdFen());
        }
        return out;
    }

    /** Adds a department row; below its threshold it is dropped at once. */
    public void add(FeedRow row) {
        if (row.fen() < thresholds.getOrDefault(row.kind(), 0L)) {
            return;
        }
        rows.merge(row.person(), new FeedRow[] {row}, (a, b) -> {
            FeedRow[] out = java.util.Arrays.copyOf(a, a.length + 1);
            out[a.length] = b[0];
            return out;
        });
    }

    /** The rows held (those at or above their thresholds). */
    public int size() {
        return rows.size();
    }

    /**
     * Looks a household's members up: each held row of a member becomes a clue for the household,
     * and the row is marked matched so {@link #residents} leaves it out.
     */
    public void household(String code, String county, long[] members, Consumer<Clue> out) {
        for (long person : members) {
            FeedRow[] found = rows.remove(person);
            if (found != null) {
                for (FeedRow r : found) {
                    out.accept(new Clue(person, code, county, r.kind(), r.fen()));
                }
            }
        }
    }

    /** Rows of people in no household seen: clues of residents not under monitoring. */
    public void residents(Consumer<Clue> out) {
        rows.forEach((person, found) -> {
            for (FeedRow r : found) {
                out.accept(new Clue(person, null, r.county(), r.kind(), r.fen()));
            }
        });
    }

    /** An ID number packed into a long (17 digits, X as 10 in the last place); -1 when it is no ID number. */
    public static long pack(String id) {
        if (id == null || id.length() != 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        char last = id.charAt(17);
        int check = last == 'X' || last == 'x' ? 10 : last - '0';
        return check < 0 || check > 10 ? -1 : v * 11 + check;
    }

    /** The ID number of a packed long. */
    public static String unpack(long packed) {
        long check = packed % 11;
        String digits = String.format("%017d", packed / 11);
        return digits + (check == 10 ? "X" : Long.toString(check));
    }
}
