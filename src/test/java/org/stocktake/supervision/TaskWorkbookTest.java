package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** The division-of-labour table: imports, reports every error of a bad file with nothing stored, exports back. */
class TaskWorkbookTest extends SupervisionTest {

    private static final String[] HEADER = {"序号", "重点任务", "牵头单位", "责任单位", "完成时限", "成果形式"};

    @Autowired
    TaskService tasks;

    @Test
    void importsTheTableAndExportsItBack() throws Exception {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        String lead = unit("fgw", "department", "430000");
        String co = unit("gxt", "department", "430000");
        String leadName = accounts.unit(lead).orElseThrow().name().zh();
        String coName = accounts.unit(co).orElseThrow().name().zh();
        byte[] file = PermissionMatrixTest.workbook("任务分工", new String[][] {
            HEADER,
            {"1", "推动制造业高质量发展", leadName, coName, "2025年底前", "实施方案"},
            {"1.1", "培育先进制造业集群", lead, "", "2025年6月底前", "集群名单"},
            {"2", "深化放管服改革", "", coName + "、" + leadName, "持续推进", ""},
            {"3", "建设数字政府", leadName, "", "2024-12-31", "平台"}
        });
        int imported = tasks.importWorkbook(
                coordinator, "wb-plan", "分工.xlsx", new ByteArrayInputStream(file), LocalDate.of(2024, 1, 1));
        assertThat(imported).isEqualTo(4);

        Task one = tasks.find(coordinator, "wb-plan", "1").orElseThrow();
        assertThat(one.lead()).isEqualTo(lead);
        assertThat(one.coUnits()).containsExactly(co);
        assertThat(one.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        Task sub = tasks.find(coordinator, "wb-plan", "1.1").orElseThrow();
        assertThat(sub.parentId()).isEqualTo(one.id());
        assertThat(sub.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
        Task two = tasks.find(coordinator, "wb-plan", "2").orElseThrow();
        assertThat(two.status()).isEqualTo(TaskStatus.UNASSIGNED);
        assertThat(two.ongoing()).isTrue();

        byte[] exported = tasks.exportWorkbook(coordinator, "wb-plan");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(leadName);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("持续推进");
        }
        // exported back in: the same tasks, updated in place
        assertThat(tasks.importWorkbook(
                        coordinator,
                        "wb-plan",
                        "export.xlsx",
                        new ByteArrayInputStream(exported),
                        LocalDate.of(2024, 1, 1)))
                .isEqualTo(4);
        assertThat(tasks.list(coordinator, new TaskFilter("wb-plan", null, null, null, null)))
                .hasSize(4);
    }

    @Test
    void aBadFileReportsEveryErrorAndStoresNothing() {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        String lead = unit("fgw", "department", "430000");
        byte[] file = PermissionMatrixTest.workbook("任务分工", new String[][] {
            HEADER,
            {"1", "好的任务", lead, "", "2025年底前", ""},
            {"2", "", lead, "", "2025年底前", ""},
            {"3", "未知牵头单位", "不存在的厅", "", "2025年底前", ""},
            {"4", "坏时限", lead, "也不存在", "明年某时", ""},
            {"4", "重复序号", lead, "", "2025-12-31", ""}
        });
        assertThatThrownBy(() -> tasks.importWorkbook(
                        coordinator, "wb-bad", "坏表.xlsx", new ByteArrayInputStream(file), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((InvalidInputException) e).problems();
                    assertThat(problems)
                            .extracting(Problem::where)
                            .containsExactly("行 3 列 B", "行 4 列 C", "行 5 列 D", "行 5 列 E", "行 6 列 A");
                    assertThat(((InvalidInputException) e).report(Locale.ENGLISH))
                            .contains("坏表.xlsx", "unknown unit 不存在的厅");
                });
        assertThat(tasks.list(coordinator, new TaskFilter("wb-bad", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void aWrongHeaderOrANonWorkbookIsRefused() {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        byte[] file = PermissionMatrixTest.workbook("x", new String[][] {{"编号", "任务"}, {"1", "任务"}});
        assertThatThrownBy(() -> tasks.importWorkbook(
                        coordinator, "wb-bad", "x.xlsx", new ByteArrayInputStream(file), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("序号");
        assertThatThrownBy(() -> tasks.importWorkbook(
                        coordinator,
                        "wb-bad",
                        "x.xlsx",
                        new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)),
                        LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("XLSX");
    }
}
