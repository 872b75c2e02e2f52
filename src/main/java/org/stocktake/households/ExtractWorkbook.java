package org.stocktake.households;

import static org.stocktake.households.ExtractWords.WORDS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.households.rules.Category;
import org.stocktake.households.rules.Household;
import org.stocktake.households.rules.IdNumber;
import org.stocktake.households.rules.MeasureType;
import org.stocktake.households.rules.RiskType;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * The national extract as an XLSX workbook: five sheets (households, members, incomes, measures,
 * work), columns as {@code households/extract.properties} names them. Reading checks the whole
 * workbook and refuses it with every problem (sheet, row, column, reason) before anything is
 * stored.
 */
final class ExtractWorkbook {

    private ExtractWorkbook() {}

    /** A household being read, with the lists its other sheets fill. */
    private static final class Draft {
        String county;
        String villageCode;
        String villageName;
        Category category;
        LocalDate identified;
        LocalDate cleared;
        String method;
        boolean safetyNet;
        boolean housing;
        boolean water;
        boolean sample;
        final List<Household.Risk> risks = new ArrayList<>();
        final List<Household.Member> members = new ArrayList<>();
        final List<HouseholdData.Contact> contacts = new ArrayList<>();
        final List<Household.Income> incomes = new ArrayList<>();
        final List<Household.Measure> measures = new ArrayList<>();
        final List<Household.Employment> work = new ArrayList<>();
    }

    /** Reads and checks the workbook; refuses it whole with every problem found. */
    static List<HouseholdData> read(String source, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        try (Workbook wb = new XSSFWorkbook(in)) {
            Reader r = new Reader(wb, problems);
            r.households(drafts);
            r.members(drafts);
            r.incomes(drafts);
            r.measures(drafts);
            r.work(drafts);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw new InvalidInputException(source, List.of(Problem.of(source, "households.import.not-xlsx")));
        }
        List<HouseholdData> out = new ArrayList<>();
        for (var e : drafts.entrySet()) {
            Draft d = e.getValue();
            if (d.members.isEmpty()) {
                problems.add(
                        Problem.of(where(WORDS.sheet("households"), 0, 0), "households.import.no-members", e.getKey()));
                continue;
            }
            if (d.category == null) {
                continue;
            }
            Household h = new Household(
                    e.getKey(),
                    d.county.substring(0, 2),
                    d.category,
                    d.identified,
                    d.cleared,
                    d.safetyNet,
                    d.housing,
                    d.water,
                    d.members,
                    d.incomes,
                    d.risks,
                    d.measures,
                    d.work);
            out.add(new HouseholdData(d.county, d.villageCode, d.villageName, d.method, d.sample, h, d.contacts));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return out;
    }

    static String where(String sheet, int row, int column) {
        return Messages.zh("households.where", sheet, row + 1, CellReference.convertNumToColString(column));
    }

    /** Reads cells and notes problems. */
    private static final class Reader {
        private final Workbook wb;
        private final List<Problem> problems;
        private final DataFormatter fmt = new DataFormatter();
        private String sheet;
        private int row;

        Reader(Workbook wb, List<Problem> problems) {
            this.wb = wb;
            this.problems = problems;
        }

        private List<Row> rows(String name) {
            sheet = WORDS.sheet(name);
            Sheet s = wb.getSheet(sheet);
            List<Row> out = new ArrayList<>();
            if (s == null) {
                problems.add(Problem.of(sheet, "households.import.no-sheet", sheet));
                return out;
            }
            List<String> want = WORDS.columns(name);
            Row header = s.getRow(0);
            for (int c = 0; c < want.size(); c++) {
                String got = header == null ? "" : text(header, c);
                if (!want.get(c).equals(got)) {
                    problems.add(Problem.of(where(sheet, 0, c), "households.import.header", want.get(c), got));
                }
            }
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                if (r != null && !text(r, 0).isEmpty()) {
                    out.add(r);
                }
            }
            return out;
        }

        String text(Row r, int c) {
            Cell cell = r.getCell(c);
            return cell == null ? "" : fmt.formatCellValue(cell).trim();
        }

        private void problem(int column, String key, Object... args) {
            problems.add(Problem.of(where(sheet, row, column), key, args));
        }

        private Draft draft(Map<String, Draft> drafts, Row r) {
            row = r.getRowNum();
            Draft d = drafts.get(text(r, 0));
            if (d == null) {
                problem(0, "households.import.unknown-household", text(r, 0));
            }
            return d;
        }

        LocalDate date(Row r, int c, boolean required) {
            Cell cell = r.getCell(c);
            if (cell != null
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String t = text(r, c);
            if (t.isEmpty()) {
                if (required) {
                    problem(c, "households.import.required");
                }
                return null;
            }
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                problem(c, "households.import.date", t);
                return null;
            }
        }

        <T> T word(Row r, int c, String group, Function<String, T> of) {
            String t = text(r, c);
            String code = WORDS.code(group, t);
            if (code == null) {
                problem(c, "households.import.word", t);
                return null;
            }
            return of.apply(code);
        }

        boolean yesNo(Row r, int c) {
            String t = text(r, c);
            if (!t.equals(WORDS.word("yes")) && !t.equals(WORDS.word("no"))) {
                problem(c, "households.import.yes-no", t);
            }
            return WORDS.yes(t);
        }

        long fen(Row r, int c) {
            String t = text(r, c).replace(",", "");
            if (t.isEmpty()) {
                return 0;
            }
            try {
                return new java.math.BigDecimal(t).movePointRight(2).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problem(c, "households.import.amount", t);
                return 0;
            }
        }

        void households(Map<String, Draft> drafts) {
            for (Row r : rows("households")) {
                row = r.getRowNum();
                String code = text(r, 0);
                if (drafts.containsKey(code)) {
                    problem(0, "households.import.duplicate", code);
                    continue;
                }
                Draft d = new Draft();
                d.county = text(r, 1);
                if (!d.county.matches("\\d{6}") || d.county.endsWith("00")) {
                    problem(1, "households.import.county", d.county);
                    d.county = "000000";
                }
                d.villageCode = text(r, 2);
                d.villageName = text(r, 3);
                if (d.villageName.isEmpty()) {
                    problem(3, "households.import.required");
                }
                d.category = word(r, 4, "category", Category::of);
                d.identified = date(r, 5, true);
                for (int i = 0; i < 5; i++) {
                    String t = text(r, 6 + i);
                    if (!t.isEmpty()) {
                        String[] parts = t.split("-", 2);
                        String type = WORDS.code("risk", parts[0]);
                        String sub = parts.length > 1 ? WORDS.code("disaster", parts[1]) : null;
                        if (type == null || (parts.length > 1 && sub == null)) {
                            problem(6 + i, "households.import.word", t);
                        } else {
                            d.risks.add(new Household.Risk(RiskType.of(type), sub, d.identified, null));
                        }
                    }
                }
                d.safetyNet = yesNo(r, 11);
                d.housing = yesNo(r, 12);
                d.water = yesNo(r, 13);
                boolean cleared = yesNo(r, 14);
                d.method = text(r, 15).isEmpty() ? null : word(r, 15, "method", Function.identity());
                d.cleared = date(r, 16, cleared);
                if (cleared) {
                    List<Household.Risk> resolved = d.risks.stream()
                            .map(k -> new Household.Risk(k.type(), k.subItem(), k.since(), d.cleared))
                            .toList();
                    d.risks.clear();
                    d.risks.addAll(resolved);
                } else {
                    d.cleared = null;
                }
                d.sample = WORDS.word("sample").equals(text(r, 17));
                drafts.put(code, d);
            }
        }

        void members(Map<String, Draft> drafts) {
            for (Row r : rows("members")) {
                Draft d = draft(drafts, r);
                String id = text(r, 2).toUpperCase(java.util.Locale.ROOT);
                IdNumber.Defect defect = IdNumber.defect(id);
                if (defect != null) {
                    problem(2, defect.key());
                }
                Household.LabourSkill skill = word(r, 4, "skill", Household.LabourSkill::of);
                Household.Schooling schooling = word(r, 5, "schooling", Household.Schooling::of);
                boolean medical = yesNo(r, 6);
                boolean illness = yesNo(r, 7);
                if (d != null && skill != null && schooling != null) {
                    d.members.add(new Household.Member(id, skill, schooling, medical, illness));
                    d.contacts.add(new HouseholdData.Contact(text(r, 1), text(r, 3)));
                }
            }
        }

        void incomes(Map<String, Draft> drafts) {
            Household.IncomeKind[] kinds = {
                Household.IncomeKind.WAGE,
                Household.IncomeKind.BUSINESS,
                Household.IncomeKind.PROPERTY,
                Household.IncomeKind.TRANSFER,
                Household.IncomeKind.SELF_PAY
            };
            for (Row r : rows("incomes")) {
                Draft d = draft(drafts, r);
                YearMonth month = null;
                try {
                    month = YearMonth.parse(text(r, 1));
                } catch (DateTimeParseException e) {
                    problem(1, "households.import.month", text(r, 1));
                }
                for (int k = 0; k < kinds.length; k++) {
                    long fen = fen(r, 2 + k);
                    if (d != null && month != null && fen != 0) {
                        d.incomes.add(new Household.Income(kinds[k], month, fen));
                    }
                }
            }
        }

        void measures(Map<String, Draft> drafts) {
            for (Row r : rows("measures")) {
                Draft d = draft(drafts, r);
                MeasureType type = word(r, 1, "measure", MeasureType::of);
                LocalDate start = date(r, 2, true);
                LocalDate end = date(r, 3, false);
                if (d != null && type != null && start != null) {
                    d.measures.add(new Household.Measure(type, start, end));
                }
            }
        }

        void work(Map<String, Draft> drafts) {
            for (Row r : rows("work")) {
                Draft d = draft(drafts, r);
                boolean working = yesNo(r, 1);
                LocalDate start = date(r, 5, working);
                LocalDate end = date(r, 6, false);
                if (d != null && working && start != null) {
                    d.work.add(new Household.Employment(start, end, text(r, 2), text(r, 3)));
                }
            }
        }
    }

    /** Writes households as an extract; {@code shown} gives the ID and phone numbers as the reader may see them. */
    static byte[] write(List<HouseholdData> households) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Writer w = new Writer(wb);
            for (HouseholdData d : households) {
                w.household(d);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends rows to the five sheets. */
    private static final class Writer {
        private final Map<String, Sheet> sheets = new LinkedHashMap<>();
        private final Map<String, Integer> next = new LinkedHashMap<>();

        Writer(Workbook wb) {
            for (String name : List.of("households", "members", "incomes", "measures", "work")) {
                Sheet s = wb.createSheet(WORDS.sheet(name));
                sheets.put(name, s);
                next.put(name, 0);
                add(name, WORDS.columns(name).toArray());
            }
        }

        void add(String name, Object... values) {
            int n = next.merge(name, 1, Integer::sum) - 1;
            Row r = sheets.get(name).createRow(n);
            for (int c = 0; c < values.length; c++) {
                r.createCell(c).setCellValue(values[c] == null ? "" : values[c].toString());
            }
        }

        void household(HouseholdData d) {
            Household h = d.rules();
            Object[] row = new Object[18];
            row[0] = h.code();
            row[1] = d.county();
            row[2] = d.villageCode();
            row[3] = d.villageName();
            row[4] = WORDS.word("category", h.category().code());
            row[5] = h.identifiedOn();
            for (int i = 0; i < Math.min(5, h.risks().size()); i++) {
                Household.Risk k = h.risks().get(i);
                row[6 + i] = WORDS.word("risk", k.type().code())
                        + (k.subItem() == null ? "" : "-" + WORDS.word("disaster", k.subItem()));
            }
            row[11] = yn(h.safetyNet());
            row[12] = yn(h.housingSafe());
            row[13] = yn(h.waterSafe());
            row[14] = yn(h.cleared());
            row[15] = d.clearMethod() == null ? "" : WORDS.word("method", d.clearMethod());
            row[16] = h.clearedOn();
            row[17] = d.sample() ? WORDS.word("sample") : "";
            add("households", row);
            for (int i = 0; i < h.members().size(); i++) {
                Household.Member m = h.members().get(i);
                add(
                        "members",
                        h.code(),
                        d.contacts().get(i).relation(),
                        m.idNumber(),
                        d.contacts().get(i).phone(),
                        WORDS.word("skill", m.skill().code()),
                        WORDS.word("schooling", m.schooling().code()),
                        yn(m.medicalInsured()),
                        yn(m.illnessInsured()));
            }
            Map<YearMonth, long[]> months = new java.util.TreeMap<>();
            for (Household.Income i : h.incomes()) {
                months.computeIfAbsent(i.month(), k -> new long[5])[KINDS.indexOf(i.kind())] += i.fen();
            }
            months.forEach(
                    (m, v) -> add("incomes", h.code(), m, yuan(v[0]), yuan(v[1]), yuan(v[2]), yuan(v[3]), yuan(v[4])));
            for (Household.Measure m : h.measures()) {
                add("measures", h.code(), WORDS.word("measure", m.type().code()), m.start(), m.end());
            }
            for (Household.Employment e : h.employment()) {
                add("work", h.code(), yn(true), e.channel(), e.industry(), "", e.start(), e.end());
            }
        }

        private static final List<Household.IncomeKind> KINDS = List.of(Household.IncomeKind.values());

        private static String yn(boolean b) {
            return WORDS.word(b ? "yes" : "no");
        }

        private static String yuan(long fen) {
            return fen == 0
                    ? ""
                    : java.math.BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
        }
    }
}
