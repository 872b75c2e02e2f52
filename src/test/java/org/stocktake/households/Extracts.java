package org.stocktake.households;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds national-extract workbooks for tests, written independently of the module's own writer. */
final class Extracts {

    static final List<String> HOUSEHOLD_COLUMNS = List.of(
            "户编号",
            "县代码",
            "村代码",
            "村名称",
            "监测对象类别",
            "识别监测时间",
            "风险1",
            "风险2",
            "风险3",
            "风险4",
            "风险5",
            "整户无劳动能力兜底保障户",
            "住房安全",
            "饮水安全",
            "风险是否已消除",
            "风险消除方式",
            "消除监测时间",
            "数据性质");
    static final List<String> MEMBER_COLUMNS =
            List.of("户编号", "与户主关系", "身份证号", "联系电话", "劳动技能", "在校生状况", "是否参加基本医疗保险", "是否参加大病保险");
    static final List<String> INCOME_COLUMNS = List.of("户编号", "月份", "工资性收入", "经营性收入", "财产性收入", "转移性收入", "合规自付支出");
    static final List<String> MEASURE_COLUMNS = List.of("户编号", "帮扶措施", "开始时间", "结束时间");
    static final List<String> WORK_COLUMNS = List.of("户编号", "是否已务工", "就业渠道", "所属行业", "务工企业名称", "开始时间", "结束时间");

    final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    Extracts() {
        sheets.put("户信息", new java.util.ArrayList<>(List.of(HOUSEHOLD_COLUMNS)));
        sheets.put("家庭成员", new java.util.ArrayList<>(List.of(MEMBER_COLUMNS)));
        sheets.put("收入", new java.util.ArrayList<>(List.of(INCOME_COLUMNS)));
        sheets.put("帮扶措施", new java.util.ArrayList<>(List.of(MEASURE_COLUMNS)));
        sheets.put("务工月监测", new java.util.ArrayList<>(List.of(WORK_COLUMNS)));
    }

    /**
     * A household under monitoring (risk not yet cleared, housing and water safe) in the first
     * village of {@code county}, with one risk and whether it is a 兜底 household; {@code nature}
     * is the 数据性质 column (模拟数据 for sample rows).
     */
    Extracts household(
            String code,
            String county,
            String villageName,
            String category,
            String identifiedOn,
            String risk,
            boolean basicSupport,
            String nature) {
        return row(
                "户信息",
                code,
                county,
                county + "001001",
                villageName,
                category,
                identifiedOn,
                risk,
                "",
                "",
                "",
                "",
                basicSupport ? "是" : "否",
                "是",
                "是",
                "否",
                "",
                "",
                nature);
    }

    Extracts row(String sheet, String... cells) {
        sheets.get(sheet).add(List.of(cells));
        return this;
    }

    byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                Sheet s = wb.createSheet(name);
                for (int i = 0; i < rows.size(); i++) {
                    Row r = s.createRow(i);
                    for (int c = 0; c < rows.get(i).size(); c++) {
                        r.createCell(c).setCellValue(rows.get(i).get(c));
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two sample households of 芙蓉区 (430102): H1 with two members, wages of 3,000 yuan a month
     * through 2025 and 2026, 就业帮扶 against 因务工就业不稳; H2 a 兜底 household with 因病 and 兜底保障.
     * ID numbers use the unassigned prefix 4399: no real person.
     */
    static Extracts sample() {
        Extracts x = new Extracts()
                .household("430102001001-0001", "430102", "模拟村一", "边缘易致贫户", "2025-01-10", "因务工就业不稳", false, "模拟数据")
                .household("430102001001-0002", "430102", "模拟村一", "突发严重困难户", "2025-03-01", "因病", true, "模拟数据")
                .row("家庭成员", "430102001001-0001", "户主", "439901199001010011", "13800001234", "普通劳动力", "非在校生", "是", "是")
                .row("家庭成员", "430102001001-0001", "之子", "439901201006150021", "", "无劳动力", "义务教育", "是", "是")
                .row("家庭成员", "430102001001-0002", "户主", "11010519491231002X", "13900005678", "丧失劳动力", "非在校生", "是", "否")
                .row("帮扶措施", "430102001001-0001", "就业帮扶", "2025-02-01", "")
                .row("帮扶措施", "430102001001-0002", "兜底保障", "2025-03-10", "")
                .row("务工月监测", "430102001001-0001", "是", "县内务工", "建筑业", "模拟建筑公司", "2025-02-15", "");
        for (int y = 2025; y <= 2026; y++) {
            for (int m = 1; m <= 12; m++) {
                x.row("收入", "430102001001-0001", String.format("%d-%02d", y, m), "3000", "", "", "", "");
            }
        }
        return x;
    }

    /**
     * One household of {@code county} that meets every removal condition today: identified two
     * years ago, two insured members, 就业帮扶 against 因务工就业不稳, wages of 3,000 yuan a month over
     * the last 24 months (18,000 yuan a person a year, above the 8,700 line).
     */
    static Extracts ready(String county, String code, String id1, String id2) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.Clock.system(java.time.ZoneId.systemDefault()));
        Extracts x = new Extracts()
                .household(code, county, "模拟村二", "脱贫不稳定户", today.minusYears(2).toString(), "因务工就业不稳", false, "模拟数据")
                .row("家庭成员", code, "户主", id1, "", "普通劳动力", "非在校生", "是", "是")
                .row("家庭成员", code, "配偶", id2, "", "普通劳动力", "非在校生", "是", "是")
                .row("帮扶措施", code, "就业帮扶", today.minusYears(2).plusDays(10).toString(), "");
        java.time.YearMonth now = java.time.YearMonth.now(java.time.Clock.system(java.time.ZoneId.systemDefault()));
        for (int m = 1; m <= 24; m++) {
            x.row("收入", code, now.minusMonths(m).toString(), "3000", "", "", "", "");
        }
        return x;
    }
}
